// The optimisation task's middle column: the graph editor when the user draws the graph, the QAOA
// settings (depth, mixer, starting angles, layer by layer, shots), the classical solvers'
// settings, and the circuit the worker runs.
import { INIT_CHOICES, MIXER_CHOICES } from '../../experiment/tasks/qaoa/types';
import { QAOA_LIMITS } from '../../experiment/tasks/qaoa/validate';
import type { DrawnGraph, InitKind, MixerKind, QaoaExperiment } from '../../experiment/types';
import { FittedCircuit } from '../../panels/FittedCircuit';
import { InfoTip } from '../../panels/InfoTip';
import { NumberField } from '../../panels/fields/NumberField';
import { SelectField } from '../../panels/fields/SelectField';
import { Toggle } from '../../panels/fields/Toggle';
import { qaoaInfo } from '../../store/runOf';
import { useLab } from '../../store/store';
import { useExperimentOf } from '../../store/useExperimentOf';
import { GraphEditor } from './GraphEditor';
import { withProblem } from './qaoaEdits';

/** Gates the page draws at most; a bigger circuit is described in words. */
const MAX_DRAWN_GATES = 800;

function DrawnGraphSection({ graph }: { graph: DrawnGraph }) {
  const editTask = useLab((s) => s.editTask);
  const best = useLab((s) => s.pictures.samples?.samples.best.bits ?? null);
  const onChange = (drawn: DrawnGraph): void =>
    editTask('qaoa', (e) =>
      e.problem.kind === 'maxcut' ? withProblem(e, { ...e.problem, graph: 'drawn', drawn }) : e,
    );
  return (
    <section aria-labelledby="draw-heading">
      <h3 id="draw-heading">Your graph</h3>
      <GraphEditor graph={graph} onChange={onChange} solution={best} />
    </section>
  );
}

export function QaoaPanel() {
  const qaoa = useExperimentOf('qaoa', (e) => e.qaoa);
  const solvers = useExperimentOf('qaoa', (e) => e.solvers);
  const problem = useExperimentOf('qaoa', (e) => e.problem);
  const hidden = useExperimentOf('qaoa', (e) => e.view.hidden);
  const info = useLab((s) => qaoaInfo(s.info));
  const editTask = useLab((s) => s.editTask);
  const setQaoa = (patch: Partial<QaoaExperiment['qaoa']>): void =>
    editTask('qaoa', (e) => ({ ...e, qaoa: { ...e.qaoa, ...patch } }));
  const setSolvers = (patch: Partial<QaoaExperiment['solvers']>): void =>
    editTask('qaoa', (e) => ({ ...e, solvers: { ...e.solvers, ...patch } }));
  const drawn = problem.kind === 'maxcut' && problem.graph === 'drawn' ? problem.drawn : undefined;
  return (
    <section className="panel" aria-labelledby="qaoa-heading">
      <div className="heading-row">
        <h2 id="qaoa-heading">QAOA</h2>
        <InfoTip term="qaoa" />
      </div>
      {drawn && !hidden.includes('problem') && <DrawnGraphSection graph={drawn} />}
      {!hidden.includes('qaoa') && (
        <>
          <div className="field-row">
            <NumberField
              label="Depth p"
              info="depth"
              integer
              value={qaoa.depth}
              min={QAOA_LIMITS.depth[0]}
              max={QAOA_LIMITS.depth[1]}
              onCommit={(depth) => setQaoa({ depth })}
            />
            <NumberField
              label="Shots at the end"
              info="bitstrings"
              integer
              value={qaoa.samples}
              min={QAOA_LIMITS.samples[0]}
              max={QAOA_LIMITS.samples[1]}
              onCommit={(samples) => setQaoa({ samples })}
            />
          </div>
          {problem.kind === 'portfolio' && (
            <SelectField<MixerKind>
              label="Mixer"
              info="mixer"
              wide
              value={qaoa.mixer}
              options={MIXER_CHOICES}
              onChange={(mixer) => setQaoa({ mixer })}
            />
          )}
          <div className="field-row">
            <SelectField<InitKind>
              label="Starting angles"
              wide
              value={qaoa.init}
              options={INIT_CHOICES}
              onChange={(init) => setQaoa({ init })}
            />
          </div>
          <Toggle
            label="Layer by layer (depth 1, then 2, …)"
            info="growth"
            checked={qaoa.growth}
            onChange={(growth) => setQaoa({ growth })}
          />
        </>
      )}
      {!hidden.includes('solvers') && (
        <div className="field-row">
          <NumberField
            label="Annealing sweeps"
            info="annealing"
            integer
            value={solvers.sweeps}
            min={QAOA_LIMITS.sweeps[0]}
            max={QAOA_LIMITS.sweeps[1]}
            onCommit={(sweeps) => setSolvers({ sweeps })}
          />
          <NumberField
            label="Restarts"
            info="greedy"
            integer
            value={solvers.restarts}
            min={QAOA_LIMITS.restarts[0]}
            max={QAOA_LIMITS.restarts[1]}
            onCommit={(restarts) => setSolvers({ restarts })}
          />
        </div>
      )}
      {info && (
        <p className="model-size">
          <strong>{info.numParams}</strong> angles (γ and β per layer) on{' '}
          <strong>{info.qubits}</strong> qubits; the classical solvers ran in the worker when the
          problem loaded.
        </p>
      )}
      {info && !hidden.includes('circuit') && (
        <details className="qaoa-circuit">
          <summary>
            QAOA circuit: {info.circuit.ops.length} gates
            {qaoa.mixer === 'xy' ? ', after preparing the Dicke state' : ''}
          </summary>
          {info.circuit.ops.length <= MAX_DRAWN_GATES ? (
            <div className="circuit-scroll">
              <FittedCircuit circuit={info.circuit} label="QAOA circuit" />
            </div>
          ) : (
            <p className="hint">Too many gates to draw here ({info.circuit.ops.length}).</p>
          )}
        </details>
      )}
    </section>
  );
}
