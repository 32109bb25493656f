// Words and short labels for placed gates and noise channels: the binding or probability shown
// under the symbol, accessible names.
import { CHANNEL_SPECS, isChannelName, specOf } from '../experiment/circuit/channelCatalog';
import type { ChannelName, PlaceableName } from '../experiment/circuit/channelCatalog';
import type { GateName } from '../experiment/circuit/gateCatalog';
import { formatAngle, gateDisplayName } from '../experiment/circuit';
import { featureName } from '../experiment/circuit/names';
import type { AngleBinding, PlacedGate } from '../experiment/circuit';
import type { GateValues, TrainedAngle } from './trainedValues';

/** Channels named in words: their symbols (BF, AD) are abbreviations a screen reader spells out. */

/** Accessible name of a palette entry: "Toffoli", "SX"; a channel says it is one ("Bit flip channel"). */
export function paletteName(gate: PlaceableName): string {
  return isChannelName(gate) ? `${gateDisplayName(gate)} channel` : gateDisplayName(gate);
}

/** Text on an entry where the simulator's symbol is jargon: CCX is drawn as a Toffoli. */
const GLYPH: Partial<Record<GateName, string>> = { TOFFOLI: 'Toffoli' };

/** What a palette entry shows: the gate's symbol ("√X", "BF"), or a word where that is jargon. */
export function paletteGlyph(gate: PlaceableName): string {
  return GLYPH[gate as GateName] ?? specOf(gate).symbol;
}

/** Lower-case words of `text` (letters and digits; "Dep₂" → ["dep2"]). */
const words = (text: string): string[] =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * Accessible name of a palette entry: its name in words, then the symbol it shows when the name
 * does not already say it as words of its own ("Bit flip channel, BF", "SX, √X", "H"), so that a
 * person who says or types what they see (speech input, find in page) reaches it.
 */
export function paletteLabel(gate: PlaceableName): string {
  const name = paletteName(gate);
  const glyph = paletteGlyph(gate);
  const [said, shown] = [words(name), words(glyph)];
  const within = said.some((_, i) => shown.length > 0 && shown.every((w, j) => said[i + j] === w));
  return within ? name : `${name}, ${glyph}`;
}

/** The letter of a channel's probability (p, γ, λ: the last word of its label); null for reset. */
export function pSymbol(gate: ChannelName): string | null {
  return CHANNEL_SPECS[gate].pLabel?.split(' ').at(-1) ?? null;
}

/** A probability in two decimals ("0.10"); a small one keeps two significant digits ("0.0015"). */
export function pText(p: number): string {
  return p === 0 || p >= 0.01 ? p.toFixed(2) : String(Number(p.toPrecision(2)));
}

/** What a placed channel shows under its symbol, "p=0.10" or "γ=0.05"; null for a gate or reset. */
export function channelLine(g: Pick<PlacedGate, 'gate' | 'p'>): string | null {
  const letter = isChannelName(g.gate) ? pSymbol(g.gate) : null;
  return letter && g.p !== undefined ? `${letter}=${pText(g.p)}` : null;
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
 * with its angles' values when known ("RZ on qubit 0, step 2, θ: θ2=0.78"), or a channel's
 * probability ("Bit flip on qubit 0, step 2, p = 0.10").
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
  const line = channelLine(g);
  if (line) angles.push(`, ${line.replace('=', ' = ')}`);
  const rep = repetitionNote(values);
  return `${gateDisplayName(g.gate)} ${where}, step ${g.column + 1}${angles.join('')}${rep ? ` (${rep})` : ''}`;
}
