// The sandbox's middle column ("How it is simulated"): which simulator the shots come from and
// why, so a student sees that noise channels and noise settings make the state a mixture.
import type { CircuitInfo } from '../../../workers/protocol';
import { formatCount } from '../../experiment/formatCount';
import { useLab } from '../../store/store';
import { useExperimentOf } from '../../store/useExperimentOf';
import { circuitInfo } from './sandboxRun';
import './sandbox.css';

const plural = (n: number, one: string, many: string): string =>
  `${formatCount(n)} ${n === 1 ? one : many}`;

/** Why the density matrix: the channels in the circuit, the Noise panel's noise, or both. */
function densityReason(info: CircuitInfo): string {
  const placed = info.channels > 0 ? `the circuit has ${plural(info.channels, 'noise channel', 'noise channels')}` : ''; // prettier-ignore
  const panel = info.noisy ? 'the Noise panel adds noise to its gates' : '';
  return [placed, panel].filter((s) => s !== '').join(' and ');
}

function Simulation({ info, seed }: { info: CircuitInfo; seed: number }) {
  const n = info.qubits;
  if (info.simulator === 'statevector')
    return (
      <p>
        No noise: the {plural(n, 'qubit', 'qubits')} are simulated exactly as a statevector of{' '}
        {formatCount(2 ** n)} amplitudes, and each shot is drawn from its probabilities (seed {seed}
        ).
      </p>
    );
  return (
    <>
      <p>
        Because {densityReason(info)}, the state is a mixture: it is simulated exactly as a density
        matrix of {plural(n, 'qubit', 'qubits')} ({formatCount(4 ** n)} numbers), and each shot is
        drawn from its probabilities (seed {seed}).
      </p>
      {info.readout && (
        <p>
          With readout error, each shot may misread a qubit: the probabilities the counts approach
          include it.
        </p>
      )}
    </>
  );
}

export function RunPanel() {
  const info = useLab((s) => circuitInfo(s.info));
  const seed = useExperimentOf('circuit', (e) => e.training.seed);
  const hidden = useExperimentOf('circuit', (e) => e.view.hidden);
  if (hidden.includes('run')) return null;
  return (
    <section className="panel sandbox-run" aria-labelledby="sandbox-run-heading">
      <h2 id="sandbox-run-heading">How it is simulated</h2>
      {info ? (
        <Simulation info={info} seed={seed} />
      ) : (
        <p className="hint">Preparing the circuit…</p>
      )}
      <p className="hint">
        Build the circuit above: drag gates onto the wires. Its state updates as you edit; Play then
        measures it shot by shot, like a quantum computer, and the counts on the right approach the
        probabilities.
      </p>
    </section>
  );
}
