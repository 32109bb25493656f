// The task's middle column ("Random circuits"): how each circuit is built (McClean et al.), the
// first two layers of one drawn at the smallest n, and what the gradient is taken of.
import type { PlateauInfo } from '../../../workers/protocol';
import { FittedCircuit } from '../../panels/FittedCircuit';
import { plateauInfo } from '../../store/runOf';
import { useLab } from '../../store/store';
import './plateau.css';

const COST_FORMULA: Record<PlateauInfo['cost'], string> = {
  global: 'C = ⟨Z⊗Z⊗…⊗Z⟩, every qubit at once',
  pair: 'C = ⟨Z₀Z₁⟩, qubits 0 and 1 only',
  local: 'C = (1/n) Σⱼ ⟨Zⱼ⟩, each qubit on its own',
};

export function PlateauCircuit() {
  const info = useLab((s) => plateauInfo(s.info));
  return (
    <section className="panel" aria-labelledby="plateau-circuit-heading">
      <h2 id="plateau-circuit-heading">Random circuits</h2>
      {!info && <p className="hint">Preparing the circuits…</p>}
      {info && (
        <>
          <p className="hint">
            Each circuit starts with RY(π/4) on every qubit; then each layer turns every qubit by a
            rotation about X, Y or Z, chosen at random, through a random angle in [0, 2π), and joins
            neighbours with a ladder of CZ gates. At the smallest n ({info.qubits[0]}), the start
            and the first {Math.min(2, info.layers[0] ?? 0)} of {info.layers[0]} layers of one such
            circuit:
          </p>
          <div className="circuit-scroll">
            <FittedCircuit circuit={info.sample} label="The first layers of one random circuit" />
          </div>
          <p className="plateau-cost">{COST_FORMULA[info.cost]}</p>
          <p className="hint">
            The derivative ∂C/∂θ is taken along the{' '}
            {info.component === 'first'
              ? 'first angle (qubit 0, first layer)'
              : 'angle on the middle qubit of the middle layer'}{' '}
            by the parameter-shift rule, (C(θ + π/2) − C(θ − π/2)) / 2, which is exact for these
            rotations.
          </p>
        </>
      )}
    </section>
  );
}
