// Every list of named choices in an experiment, declared once: the types, validation and the
// panels' dropdowns all read these (values are what links store; labels are what people read).

/** A named choice: `value` is stored in links, `label` is shown. */
export interface Choice<V extends string> {
  readonly value: V;
  readonly label: string;
}

/** The values of a list of choices, in order (what a validator accepts). */
export const choiceValues = <V extends string>(list: readonly Choice<V>[]): readonly V[] =>
  list.map((c) => c.value);
const values = choiceValues;

export const OPTIMIZER_CHOICES = [
  { value: 'adam', label: 'Adam' },
  { value: 'sgd', label: 'SGD' },
] as const satisfies readonly Choice<string>[];
export type OptimizerName = (typeof OPTIMIZER_CHOICES)[number]['value'];
export const OPTIMIZERS = values<OptimizerName>(OPTIMIZER_CHOICES);

export const GRADIENT_CHOICES = [
  { value: 'adjoint', label: 'Exact (adjoint)' },
  { value: 'shift', label: 'Parameter shift' },
] as const satisfies readonly Choice<string>[];
export type GradientName = (typeof GRADIENT_CHOICES)[number]['value'];
export const GRADIENTS = values<GradientName>(GRADIENT_CHOICES);

export const ACTIVATION_CHOICES = [
  { value: 'tanh', label: 'tanh' },
  { value: 'relu', label: 'ReLU' },
  { value: 'sigmoid', label: 'sigmoid' },
] as const satisfies readonly Choice<string>[];
export type Activation = (typeof ACTIVATION_CHOICES)[number]['value'];
export const ACTIVATIONS = values<Activation>(ACTIVATION_CHOICES);

export const READOUT_CHOICES = [
  { value: 'fidelity', label: 'Fidelity to class states' },
  { value: 'cross-entropy', label: 'Cross-entropy on probabilities' },
] as const satisfies readonly Choice<string>[];
export type ReadoutKind = (typeof READOUT_CHOICES)[number]['value'];
export const READOUTS = values<ReadoutKind>(READOUT_CHOICES);

export const ENTANGLER_CHOICES = [
  { value: 'cz', label: 'CZ' },
  { value: 'cnot', label: 'CNOT' },
  { value: 'none', label: 'None' },
] as const satisfies readonly Choice<string>[];
export type Entangler = (typeof ENTANGLER_CHOICES)[number]['value'];
export const ENTANGLERS = values<Entangler>(ENTANGLER_CHOICES);

/** How the classical MLP is computed: TensorFlow.js ops (float32), or our typed arrays (float64). */
export const BASELINE_ENGINE_CHOICES = [
  { value: 'tfjs', label: 'TensorFlow.js' },
  { value: 'arrays', label: 'Typed arrays (fast)' },
] as const satisfies readonly Choice<string>[];
export type BaselineEngine = (typeof BASELINE_ENGINE_CHOICES)[number]['value'];
export const BASELINE_ENGINES = values<BaselineEngine>(BASELINE_ENGINE_CHOICES);

/**
 * Paces of play (schema 4: part of the view, so a link keeps the teacher's choice). `talk` is slow
 * enough to explain each step while it happens.
 */
export const SPEED_CHOICES = [
  { value: 'talk', label: 'Very slow' },
  { value: 'slow', label: 'Slow' },
  { value: 'normal', label: 'Normal' },
  { value: 'fast', label: 'Fast (as fast as possible)' },
] as const satisfies readonly Choice<string>[];
export type SpeedName = (typeof SPEED_CHOICES)[number]['value'];
export const SPEEDS = values<SpeedName>(SPEED_CHOICES);
/** Steps per second of each pace (Infinity: as fast as the machine goes). */
export const SPEED_RATES: Readonly<Record<SpeedName, number>> = {
  talk: 2,
  slow: 5,
  normal: 30,
  fast: Infinity,
};
