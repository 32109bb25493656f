// What the loss chart draws: its models (the classical baseline, the quantum model and, under
// noise, the quantum model's ideal twin), each model's lines per panel, and the legend's entries.
import { CLASSICAL, IDEAL, MUTED, QUANTUM } from './palette';
import type { EpochPoint, ModelMetrics } from './types';

/** Which of a report's models: `quantum` is the one run under noise when there is noise. */
export type Model = 'quantum' | 'ideal' | 'classical';
export type Panel = 'loss' | 'accuracy';
/** A shape drawn along a model's lines, telling it apart without its colour. */
export type Marker = 'none' | 'diamond';

export interface ModelStyle {
  model: Model;
  /** The legend's name ("Quantum, noisy"). */
  name: string;
  color: string;
  marker: Marker;
}

/** One line: a model's train or test figure in one panel. */
export interface Series {
  key: string;
  panel: Panel;
  model: Model;
  train: boolean;
  field: keyof ModelMetrics;
  color: string;
  marker: Marker;
}

/** One entry of the legend: a line in a colour and a dash pattern, with a marker on it. */
export interface LegendItem {
  label: string;
  color: string;
  /** SVG stroke-dasharray, or null for a solid line. */
  dash: string | null;
  marker: Marker;
}

/** Dash pattern of the train lines, in px (test lines are solid). */
export const DASH: readonly number[] = [7, 5];

const CLASSICAL_STYLE: ModelStyle = {
  model: 'classical',
  name: 'Classical',
  color: CLASSICAL,
  marker: 'none',
};
const QUANTUM_STYLE: ModelStyle = {
  model: 'quantum',
  name: 'Quantum',
  color: QUANTUM,
  marker: 'none',
};
const NOISY_STYLE: ModelStyle = { ...QUANTUM_STYLE, name: 'Quantum, noisy' };
// Lighter than the noisy model's purple and marked with diamonds: the two quantum curves stay
// apart in grey, under every colour-vision deficiency and on a washed-out projector.
const IDEAL_STYLE: ModelStyle = {
  model: 'ideal',
  name: 'Quantum, ideal',
  color: IDEAL,
  marker: 'diamond',
};

/** Whether any report carries the ideal twin (a run under noise). */
export function hasIdeal(history: readonly EpochPoint[]): boolean {
  return history.some((d) => d.ideal !== undefined);
}

/**
 * The models drawn, in drawing order (the later on top): the ideal twin last, so that where the
 * two quantum curves coincide its thinner, lighter line runs inside the noisy one's.
 */
export function modelsOf(ideal: boolean): readonly ModelStyle[] {
  return ideal ? [CLASSICAL_STYLE, NOISY_STYLE, IDEAL_STYLE] : [CLASSICAL_STYLE, QUANTUM_STYLE];
}

/** Each model's train and test line in `panel`, in drawing order. */
export function seriesOf(models: readonly ModelStyle[], panel: Panel): Series[] {
  return models.flatMap(({ model, color, marker }) =>
    [true, false].map((train) => ({
      key: `${panel}-${model}-${train ? 'train' : 'test'}`,
      panel,
      model,
      train,
      field: fieldOf(panel, train),
      color,
      marker,
    })),
  );
}

function fieldOf(panel: Panel, train: boolean): keyof ModelMetrics {
  if (panel === 'loss') return train ? 'trainLoss' : 'testLoss';
  return train ? 'trainAccuracy' : 'testAccuracy';
}

/** A series' value in one report: NaN where the report has none (no ideal twin in it). */
export function valueOf(d: EpochPoint, s: Series): number {
  const m = d[s.model];
  return m ? m[s.field] : NaN;
}

/**
 * The legend: the quantum model(s) first, then the classical one, then the key to the dashes.
 * Each model's swatch is its test line (solid) with its marker.
 */
export function legendItems(models: readonly ModelStyle[]): LegendItem[] {
  const rank: Record<Model, number> = { quantum: 0, ideal: 1, classical: 2 };
  return [
    ...models
      .slice()
      .sort((a, b) => rank[a.model] - rank[b.model])
      .map((m) => ({ label: m.name, color: m.color, dash: null, marker: m.marker })),
    { label: 'train', color: MUTED, dash: DASH.join(' '), marker: 'none' },
    { label: 'test', color: MUTED, dash: null, marker: 'none' },
  ];
}

/**
 * The chart's data as a table: the epoch, then each drawn line in drawing order, named by its
 * model, split and panel ("Quantum noisy test loss", without commas for readers that split lines
 * at them); empty where a report lacks the model.
 */
export function lossTable(
  history: readonly EpochPoint[],
  panels: readonly Panel[],
  lossLabel: string,
): { columns: string[]; rows: (number | null)[][] } {
  const models = modelsOf(hasIdeal(history));
  const series = panels.flatMap((panel) => seriesOf(models, panel));
  const name = new Map(models.map((m) => [m.model, m.name.replace(/,/g, '')]));
  const title = (p: Panel) => (p === 'loss' ? lossLabel : 'Accuracy');
  const lower = (t: string) => t.charAt(0).toLowerCase() + t.slice(1);
  return {
    columns: [
      'Epoch',
      ...series.map((s) => `${name.get(s.model)} ${s.train ? 'train' : 'test'} ${lower(title(s.panel))}`), // prettier-ignore
    ],
    rows: history.map((d) => [d.epoch, ...series.map((s) => valueOf(d, s))]),
  };
}
