// The molecule task's results: the energies, the energy against iteration with the exact line and
// the chemical-accuracy band, the state's probabilities, the Hamiltonian's terms and the scan;
// under noise the ideal twin and the zero-noise extrapolation (where computed) beside them.
import { useMemo } from 'react';
import { InfoTip } from '../../panels/InfoTip';
import { ProbabilityBars } from '../../charts/ProbabilityBars';
import { vqeInfo, vqeReports } from '../../store/runOf';
import { useLab } from '../../store/store';
import { useExperimentOf } from '../../store/useExperimentOf';
import { EnergyChart, type EnergyPoint } from './EnergyChart';
import { EnergyFigures } from './EnergyFigures';
import { noisyEnergies } from './noisyEnergies';
import { PauliTermsTable } from './PauliTermsTable';
import { ScanSection } from './ScanSection';

export function VqeResults() {
  const info = useLab((s) => vqeInfo(s.info));
  const history = useLab((s) => vqeReports(s.history));
  const probs = useLab((s) => s.pictures.probabilities ?? null);
  const hidden = useExperimentOf('vqe', (e) => e.view.hidden);
  const show = (h: (typeof hidden)[number]): boolean => !hidden.includes(h);
  const points = useMemo(
    () =>
      history.map((r): EnergyPoint => ({
        iteration: r.epoch,
        energy: r.energy,
        ideal: r.ideal,
        mitigated: r.mitigated?.energy,
      })),
    [history],
  );
  const last = history[history.length - 1] ?? null;
  const noisy = useMemo(() => noisyEnergies(history), [history]);
  return (
    <section className="panel results" aria-labelledby="results-heading">
      <div className="heading-row">
        <h2 id="results-heading">Results</h2>
        <InfoTip term="vqe" />
      </div>
      {!info && <p className="hint">Preparing the Hamiltonian and the classical answers…</p>}
      {info && (
        <>
          {show('figures') && (
            <>
              <EnergyFigures
                energy={last?.energy ?? null}
                exact={info.exactEnergy}
                hartreeFock={info.hartreeFock}
                noisy={noisy}
              />
              {noisy && (
                <p className="hint">
                  Ideal: the same ansatz trained beside the noisy one without noise, from the same
                  start. Mitigated: the noisy energy measured again with the noise 3 and 5 times as
                  strong (each gate G run as G·G†·G, …) and extrapolated back to no noise; readout
                  error is not scaled by this, so it stays in. That runs the circuit 8 times over,
                  so it is computed every few iterations (at most a quarter of the time) and
                  whenever training stops.
                </p>
              )}
              <p className="hint">
                What these mean:{' '}
                <span className="with-tip">
                  energies <InfoTip term="energies" />
                </span>{' '}
                <span className="with-tip">
                  Hartree–Fock <InfoTip term="hartreeFock" />
                </span>{' '}
                <span className="with-tip">
                  chemical accuracy <InfoTip term="chemicalAccuracy" />
                </span>
              </p>
            </>
          )}
          {show('chart') && (
            <EnergyChart points={points} exact={info.exactEnergy} hartreeFock={info.hartreeFock} />
          )}
          {show('state') && probs && (
            <div className="vqe-state">
              <div className="heading-row minor">
                <h3>State probabilities{noisy && ' (noisy)'}</h3>
                <InfoTip term="stateProbabilities" />
              </div>
              <ProbabilityBars probabilities={probs.probabilities} qubits={info.qubits} />
            </div>
          )}
          {show('hamiltonian') && (
            // The (i) beside the summary, not in it: a summary holds no other control.
            <div className="details-with-tip">
              <details className="vqe-terms">
                <summary>
                  Hamiltonian: {info.terms.length} Pauli terms on {info.qubits} qubits
                </summary>
                <PauliTermsTable terms={info.terms} qubits={info.qubits} />
              </details>
              <InfoTip term="hamiltonian" />
            </div>
          )}
          {show('scan') && <ScanSection />}
        </>
      )}
    </section>
  );
}
