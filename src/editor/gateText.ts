// Words and short labels for placed gates: the binding shown under the symbol, accessible names.
import { specOf, type PlaceableName } from '../experiment/circuit/channelCatalog';
import type { GateName } from '../experiment/circuit/gateCatalog';
import { formatAngle, gateDisplayName } from '../experiment/circuit';
import { featureName } from '../experiment/circuit/names';
import type { AngleBinding, PlacedGate } from '../experiment/circuit';
import type { GateValues, TrainedAngle } from './trainedValues';

/** Accessible name of a palette entry: the gate's name as people say it ("Toffoli", "SX"). */
export function paletteName(gate: PlaceableName): string {
  return gateDisplayName(gate);
}

/** The box text of a controlled gate is its base gate: CRY's box says RY. */
export function boxSymbol(gate: PlaceableName): string {
  const base: Partial<Record<GateName, string>> = { CRX: 'RX', CRY: 'RY', CRZ: 'RZ', CP: 'P' };
  return base[gate as GateName] ?? specOf(gate).symbol;
}

/** `decimals` decimals with a true minus sign ("−0.12"), never "−0.00". */
export function num(v: number, decimals = 2): string {
  const s = v.toFixed(decimals);
  if (/^-0\.0*$/.test(s)) return s.slice(1);
  return s.startsWith('-') ? `\u2212${s.slice(1)}` : s;
}

const known = (v: TrainedAngle | undefined): boolean =>
  v !== undefined &&
  (v.kind === 'feature'
    ? Number.isFinite(v.weight) && Number.isFinite(v.bias)
    : Number.isFinite(v.value));

/** "0.83·x1 − 0.12": a feature binding with its weight and bias (feature 0 is x1). */
export function featureText(weight: number, feature: number, bias: number): string {
  return `${num(weight)}·${featureName(feature)} ${biasText(bias)}`;
}

/** "− 0.12" or "+ 0.12": a bias as added to w·x. */
function biasText(bias: number): string {
  return `${num(bias).startsWith('\u2212') ? '\u2212' : '+'} ${num(Math.abs(bias))}`;
}

/**
 * Short text of an angle binding, with its current value when known: "pi/4", "θ1=0.52",
 * "0.83·x1 − 0.12" (names instead of numbers before the worker reports them: "w1·x1+b1").
 */
export function bindingText(b: AngleBinding, v?: TrainedAngle): string {
  if (b.kind === 'const') return b.expr || formatAngle(b.value);
  if (b.kind === 'param')
    return known(v) && v?.kind === 'param' ? `${b.name}=${num(v.value)}` : b.name;
  if (known(v) && v?.kind === 'feature') return featureText(v.weight, b.feature, v.bias);
  return `${b.weight}·${featureName(b.feature)}+${b.bias}`;
}

/** The binding text in lines that fit a gate box: a feature binding's bias goes on a second line. */
export function bindingLines(b: AngleBinding, v?: TrainedAngle): string[] {
  if (b.kind === 'feature' && known(v) && v?.kind === 'feature') {
    return [`${num(v.weight)}·${featureName(b.feature)}`, biasText(v.bias)];
  }
  return [bindingText(b, v)];
}

/** Which repetition a gate draws the values of, when its block repeats with its own parameters. */
export function repetitionNote(v: GateValues | undefined): string | null {
  return v && !v.shared && v.count > 1 ? `values of repetition 1 of ${v.count}` : null;
}

/**
 * "CNOT controlled by qubit 0 on qubit 1, step 2" — what a screen reader says for a placed gate,
 * with its angles' values when known ("RZ on qubit 0, step 2, θ: θ2=0.78").
 */
export function gateName(g: PlacedGate, values?: GateValues): string {
  const info = specOf(g.gate);
  const named = g.targets.slice(0, info.namedControls);
  const base = g.targets.slice(info.namedControls);
  const ctl = [...named, ...(g.controls ?? [])];
  const where = ctl.length
    ? `controlled by qubit ${ctl.join(', ')} on qubit ${base.join(', ')}`
    : `on qubit ${base.join(', ')}`;
  const first = values?.reps[0];
  const angles = (g.params ?? []).map(
    (b, i) => `, ${info.angleNames[i] ?? `angle ${i + 1}`}: ${bindingText(b, first?.[i])}`,
  );
  const rep = repetitionNote(values);
  return `${paletteName(g.gate)} ${where}, step ${g.column + 1}${angles.join('')}${rep ? ` (${rep})` : ''}`;
}
