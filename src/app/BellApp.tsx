// The circuit sandbox page: a Bell-pair circuit and its measurement probabilities, computed in the lab worker.
import { ProbabilityBars } from '../charts/ProbabilityBars';
import { CircuitDiagram } from '../editor/CircuitDiagram';
import { BELL_PAIR } from './bellPair';
import { useSimulation } from './useSimulation';

export function BellApp() {
  const simulation = useSimulation(BELL_PAIR);

  return (
    <main className="app">
      <header>
        <h1>QML Playground</h1>
        <p className="subtitle">A Bell pair: H on q0, then CNOT from q0 to q1.</p>
      </header>
      <section className="panel" aria-labelledby="circuit-heading">
        <h2 id="circuit-heading">Circuit</h2>
        <CircuitDiagram circuit={BELL_PAIR} />
      </section>
      <section
        className="panel"
        aria-labelledby="probabilities-heading"
        aria-busy={simulation.status === 'running'}
      >
        <h2 id="probabilities-heading">Measurement probabilities</h2>
        {simulation.status === 'done' && (
          <ProbabilityBars probabilities={simulation.probabilities} qubits={BELL_PAIR.qubits} />
        )}
        {simulation.status === 'running' && <p className="status">Simulating…</p>}
        {simulation.status === 'failed' && (
          <div role="alert" className="error">
            <strong>The simulation failed.</strong> {simulation.error.message}
          </div>
        )}
        <p className="note">Basis states are written with qubit 0 as the rightmost digit.</p>
      </section>
    </main>
  );
}
