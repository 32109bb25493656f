// Words and short labels for placed gates: the binding shown under the symbol, accessible names.
import { GATES } from '../../workers/sim/gates';
import type { GateName } from '../../workers/sim/gates';
import { formatAngle } from '../experiment/circuit';
import type { AngleBinding, PlacedGate } from '../experiment/circuit';

/** Accessible name of a palette entry: the gate's name as people say it. */
export function paletteName(gate: GateName): string {
  const special: Partial<Record<GateName, string>> = {
    SDG: 'S†',
    TDG: 'T†',
    SX: '√X',
    ISWAP: 'iSWAP',
    TOFFOLI: 'Toffoli',
  };
  return special[gate] ?? gate;
}

/** The box text of a controlled gate is its base gate: CRY's box says RY. */
export function boxSymbol(gate: GateName): string {
  const base: Partial<Record<GateName, string>> = { CRX: 'RX', CRY: 'RY', CRZ: 'RZ', CP: 'P' };
  return base[gate] ?? GATES[gate].symbol;
}

/** Short text of an angle binding, with the current value when known ("θ1=0.52"). */
export function bindingText(b: AngleBinding, value?: number): string {
  if (b.kind === 'const') return b.expr || formatAngle(b.value);
  const v = value === undefined || !Number.isFinite(value) ? '' : `=${value.toFixed(2)}`;
  if (b.kind === 'param') return `${b.name}${v}`;
  return `${b.weight}·x${b.feature}+${b.bias}`;
}

/** "CNOT on qubits 0 → 1, step 2" — what a screen reader says for a placed gate. */
export function gateName(g: PlacedGate): string {
  const info = GATES[g.gate];
  const named = g.targets.slice(0, info.namedControls);
  const base = g.targets.slice(info.namedControls);
  const ctl = [...named, ...(g.controls ?? [])];
  const where = ctl.length
    ? `controlled by qubit ${ctl.join(', ')} on qubit ${base.join(', ')}`
    : `on qubit ${base.join(', ')}`;
  return `${paletteName(g.gate)} ${where}, step ${g.column + 1}`;
}
