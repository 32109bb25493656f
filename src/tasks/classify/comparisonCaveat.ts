// When the scoreboard's comparison is unfair to the classical model: a finished run in which a
// small MLP ends clearly below the quantum model on the training points. Pure: numbers in,
// sentences out; the ComparisonNote shows them.

import type { Activation } from '../../experiment/lists';
import { DATASETS, type DatasetName } from '../../experiment/tasks/classify/datasets';
import type { WidthSearch } from '../../../workers/protocol';
import { BOUNDARY_NEEDS } from './boundaryNeeds';

/**
 * Train-accuracy gap that counts as "clearly below": ten points in a hundred. A model that can draw
 * the boundary ends a run within a few points of one that has drawn it; ten is beyond that spread
 * and is a difference a student reads off the scoreboard.
 */
export const CAVEAT_GAP = 0.1;
/**
 * Hidden neurons (all layers) up to which an MLP counts as small: TensorFlow Playground separates
 * its XOR, circle and gaussian sets with 4 + 2. Beyond 8 a miss is more likely the training's
 * (learning rate, epochs), and "too small" would be the wrong advice.
 */
export const SMALL_HIDDEN_UNITS = 8;

export interface CaveatInput {
  /** Epochs trained (the last report's) and the run's length. */
  epoch: number;
  epochs: number;
  quantumTrain: number;
  classicalTrain: number;
  classicalTest: number;
  /** The MLP's hidden widths, its parameter count and activation. */
  hidden: readonly number[];
  params: number;
  activation: Activation;
  dataset: DatasetName;
  classes: number;
}

export interface Caveat {
  /** 'too-small': fewer first-layer neurons than the data's lines; 'stalled': enough, not found. */
  kind: 'too-small' | 'stalled';
  text: string;
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const count = (n: number): string => NUMBER_WORDS[n] ?? String(n);
const fmt = (v: number): string => v.toFixed(2);
const neurons = (n: number): string => `${n} neuron${n === 1 ? '' : 's'}`;
const ACTIVATION_WORDS: Record<Activation, string> = { tanh: 'tanh', relu: 'ReLU', sigmoid: 'sigmoid' }; // prettier-ignore

/** Hidden widths in words: "one hidden layer of 3 neurons", "two hidden layers of widths 8 × 4". */
export function hiddenWords(hidden: readonly number[]): string {
  if (hidden.length === 1) return `one hidden layer of ${neurons(hidden[0]!)}`;
  return `${count(hidden.length)} hidden layers of widths ${hidden.join(' × ')}`;
}

/** What the first hidden layer can draw, as the clause after the model's size. */
function capacityWords(hidden: readonly number[], activation: Activation, classes: number): string {
  const first = hidden[0]!;
  const act = ACTIVATION_WORDS[activation];
  if (first === 1 && hidden.length === 1 && classes === 2)
    return `one ${act} neuron splits the plane with one straight line`;
  if (first === 1)
    return 'its first layer of one neuron sees the plane along one direction only, so its boundaries are parallel straight lines'; // prettier-ignore
  return `its ${first} ${act} neurons in the first layer give it ${count(first)} straight lines to build a boundary from`; // prettier-ignore
}

/**
 * The caveat for a run, or null. It fires only when all hold:
 * - the run has finished (epoch ≥ epochs): mid-run a small model may still be learning, and the
 *   width search trains each candidate for the same number of epochs;
 * - the classical train accuracy is at least CAVEAT_GAP below the quantum one (train, not test:
 *   capacity shows on the points a model is fitted to);
 * - the MLP is small (SMALL_HIDDEN_UNITS).
 */
export function comparisonCaveat(c: CaveatInput): Caveat | null {
  if (!(c.epoch >= c.epochs && c.epochs > 0)) return null;
  if (!(c.quantumTrain - c.classicalTrain >= CAVEAT_GAP - 1e-9)) return null;
  const units = c.hidden.reduce((a, b) => a + b, 0);
  if (c.hidden.length === 0 || units > SMALL_HIDDEN_UNITS) return null;
  const need = BOUNDARY_NEEDS[c.dataset];
  const label = DATASETS.find((d) => d.name === c.dataset)?.label ?? c.dataset;
  const model = `The classical model has ${hiddenWords(c.hidden)} (${c.params} parameters)`;
  const scores = `${fmt(c.classicalTrain)} on the training points against the quantum model’s ${fmt(c.quantumTrain)}`; // prettier-ignore
  if (c.hidden[0]! < need.lines) {
    return {
      kind: 'too-small',
      text:
        `${model}: ${capacityWords(c.hidden, c.activation, c.classes)}, and ${label} needs ` +
        `${need.words}. It reaches ${scores}; its test accuracy ${fmt(c.classicalTest)} says the ` +
        'model is too small, not that quantum is better.',
    };
  }
  return {
    kind: 'stalled',
    text:
      `${model}: enough neurons in principle for ${label}, which needs ${need.words}, but it did ` +
      `not find that boundary in ${c.epochs} epochs (${scores}). Small networks often stall; the ` +
      'gap says little about quantum against classical.',
  };
}

/** What a width search found (or is trying), in one sentence for the note. */
export function widthSearchText(s: WidthSearch): string {
  const goal = fmt(Math.max(0, s.target - s.tolerance));
  const below = s.tried.filter((t) => t.width !== s.found);
  const others = below.length
    ? ` (${below.map((t, i) => `${i === 0 ? 'width ' : ''}${t.width}: ${fmt(t.trainAccuracy)}`).join(', ')})` // prettier-ignore
    : '';
  if (!s.done) {
    const last = s.tried.at(-1);
    return `Training widths 1, 2, 3, … up to ${s.cap} until one reaches ${goal} train accuracy${last ? `: width ${last.width} reached ${fmt(last.trainAccuracy)}` : ''}…`; // prettier-ignore
  }
  if (s.found !== null) {
    const hit = s.tried.find((t) => t.width === s.found)!;
    return (
      `Width ${s.found} reaches ${fmt(hit.trainAccuracy)} train accuracy${others}, against the ` +
      `quantum model’s ${fmt(s.target)}: the classical model now has ${hiddenWords([s.found])} ` +
      'and trains again.'
    );
  }
  const best = s.tried.reduce((a, b) => (b.trainAccuracy > a.trainAccuracy ? b : a), s.tried[0]!); // prettier-ignore
  return (
    `No width from 1 to ${s.cap} reaches ${goal} train accuracy (the best, width ${best.width}, ` +
    `reaches ${fmt(best.trainAccuracy)}); nothing was changed. The gap is then not the model’s ` +
    'size: try more epochs or another learning rate.'
  );
}
