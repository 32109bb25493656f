// The lesson's middle column ("Circuits of the code"): the code's steps in order, each with its
// name, one sentence on what it does, its circuit and a link that opens the code up to it in the
// circuit sandbox; the noise step has no gates, only words.
// Under the syndrome step, how often the ancillas find each pattern at the chosen p.
import { useMemo } from 'react';
import type { QecInfo, QecSyndromes } from '../../../workers/protocol';
import { FittedCircuit } from '../../panels/FittedCircuit';
import { qecInfo } from '../../store/runOf';
import { useLab } from '../../store/store';
import { useExperimentOf } from '../../store/useExperimentOf';
import { formatP } from './qecCurves';
import { stepLinks } from './stepLinks';
import { stepSentence } from './stepSentences';
import './qec.css';

/** The syndromes by their index (ancilla 3 + 2·ancilla 4): the pattern and what it names. */
const PATTERNS = ['0,0: no error found', '1,0: qubit 0', '0,1: qubit 2', '1,1: qubit 1'];

function layoutHint(info: QecInfo): string {
  const sim = `simulated exactly, as a density matrix of ${info.qubits} qubits.`;
  return info.kind === 'shor'
    ? `Qubits 0 to 8 hold the code, three blocks of three (0–2, 3–5, 6–8); it needs no ancillas. The steps run in this order, ${sim}`
    : `Qubits 0, 1 and 2 hold the code; qubits 3 and 4 are the ancillas that find the error. The steps run in this order, ${sim}`;
}

export function QecCircuits() {
  const info = useLab((s) => qecInfo(s.info));
  const syndromes = useLab((s) => s.pictures.qecSyndromes?.syndromes ?? null);
  const hidden = useExperimentOf('qec', (e) => e.view.hidden);
  const links = useMemo(() => (info ? stepLinks(info) : []), [info]);
  if (hidden.includes('circuits')) return null;
  return (
    <section className="panel" aria-labelledby="qec-circuits-heading">
      <h2 id="qec-circuits-heading">Circuits of the code</h2>
      {!info && <p className="hint">Preparing the code…</p>}
      {info && (
        <>
          <p className="hint">{layoutHint(info)}</p>
          <ol className="qec-steps">
            {info.steps.map((s, k) => {
              const sentence = stepSentence(s.name, info.kind);
              return (
                <li key={k}>
                  <div className="qec-step-head">
                    <h3>{s.name}</h3>
                    <OpenLink href={links[k]} step={s.name} />
                  </div>
                  {s.channels !== null ? (
                    <p className="qec-noise">{s.channels}</p>
                  ) : (
                    <>
                      {sentence && <p className="hint">{sentence}</p>}
                      <div className="circuit-scroll">
                        <FittedCircuit
                          circuit={s.circuit}
                          label={`Circuit of the step ${s.name}`}
                        />{' '}
                        {/* prettier-ignore */}
                      </div>
                      {s.name === 'Syndrome' && syndromes && <SyndromeOdds syndromes={syndromes} />}
                    </>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}

/**
 * A real link to the circuit sandbox with the code up to this step: a click opens it here (Back
 * returns to the lesson), a middle click in a new tab.
 */
function OpenLink({ href, step }: { href: string | undefined; step: string }) {
  if (!href) return null;
  return (
    <a
      className="qec-open"
      href={href}
      aria-label={`Open in editor: the code up to the step ${step}`}
      title="Opens the code up to and including this step in the circuit sandbox, to see its state and measure it"
    >
      Open in editor
    </a>
  );
}

/** How often each pattern comes out at the chosen p (two or more flips name the wrong qubit). */
function SyndromeOdds({ syndromes }: { syndromes: QecSyndromes }) {
  return (
    <div className="qec-syndromes">
      <p className="hint">
        The chance of each pattern on the ancillas at p = {formatP(syndromes.p)} (two flips give the
        pattern of the third qubit, and the correction then completes a logical flip):
      </p>
      <ul aria-label="Syndrome probabilities">
        {PATTERNS.map((name, i) => (
          <li key={name}>
            {name}: <strong>{((syndromes.probabilities[i] ?? 0) * 100).toFixed(1)}%</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}
