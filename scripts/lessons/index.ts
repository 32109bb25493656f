// The shipped lessons, in the order the Lessons menu lists them (public/lessons/index.json).
import { barrenPlateaus } from './barren-plateaus';
import { betterThanClassical } from './better-than-classical';
import { cuttingGraphs } from './cutting-graphs';
import { molecules } from './molecules';
import { multiplyingMatrices } from './multiplying-matrices';
import { noiseAndErrorCorrection } from './noise-and-error-correction';
import { oneQubit } from './one-qubit';
import { quantumClassifier } from './quantum-classifier';
import type { LessonSource } from './source';
import { twoQubits } from './two-qubits';

export const LESSON_SOURCES: readonly LessonSource[] = [
  oneQubit,
  twoQubits,
  quantumClassifier,
  betterThanClassical,
  molecules,
  cuttingGraphs,
  noiseAndErrorCorrection,
  multiplyingMatrices,
  barrenPlateaus,
];
