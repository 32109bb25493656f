// Narrow reads of the run slice for one task's panels: its load info and reports, or nothing
// while another task's session is the one loaded.
import type {
  BenchmarkInfo,
  BenchmarkReport,
  ClassifyInfo,
  EpochReport,
  LoadInfo,
  QaoaInfo,
  QaoaReport,
  QecInfo,
  QecReport,
  PlateauInfo,
  PlateauReport,
  Report,
  SequenceInfo,
  SequenceReport,
  TextInfo,
  TextReport,
  VqeInfo,
  VqeReport,
} from '../../workers/protocol';

export const classifyInfo = (i: LoadInfo | null): ClassifyInfo | null =>
  i?.task === 'classify' ? i : null;
export const vqeInfo = (i: LoadInfo | null): VqeInfo | null => (i?.task === 'vqe' ? i : null);
export const qaoaInfo = (i: LoadInfo | null): QaoaInfo | null => (i?.task === 'qaoa' ? i : null);
export const benchmarkInfo = (i: LoadInfo | null): BenchmarkInfo | null =>
  i?.task === 'benchmark' ? i : null;

export const sequenceInfo = (i: LoadInfo | null): SequenceInfo | null =>
  i?.task === 'sequence' ? i : null;

const EMPTY: readonly never[] = [];
/** Reports of a classification session (epoch reports carry both models' metrics). */
export const epochReports = (h: readonly Report[]): readonly EpochReport[] =>
  h.length > 0 && 'quantum' in h[0]! ? (h as EpochReport[]) : EMPTY;
/** Reports of a molecule session (energy per iteration). */
export const vqeReports = (h: readonly Report[]): readonly VqeReport[] =>
  h.length > 0 && 'energy' in h[0]! ? (h as VqeReport[]) : EMPTY;
/** Reports of an optimisation session (expected score per iteration). */
export const qaoaReports = (h: readonly Report[]): readonly QaoaReport[] =>
  h.length > 0 && 'expected' in h[0]! ? (h as QaoaReport[]) : EMPTY;
/** Reports of a benchmark session (one finished cell each, after step 0). */
export const benchmarkReports = (h: readonly Report[]): readonly BenchmarkReport[] =>
  h.length > 0 && 'cell' in h[0]! ? (h as BenchmarkReport[]) : EMPTY;
/** Reports of a sequence session (both models' forecast errors per epoch). */
export const sequenceReports = (h: readonly Report[]): readonly SequenceReport[] =>
  h.length > 0 && 'forecast' in h[0]! ? (h as SequenceReport[]) : EMPTY;

export const textInfo = (i: LoadInfo | null): TextInfo | null => (i?.task === 'text' ? i : null);
/** Reports of a text session (both models' cross-entropies per epoch). */
export const textReports = (h: readonly Report[]): readonly TextReport[] =>
  h.length > 0 && 'text' in h[0]! ? (h as TextReport[]) : EMPTY;

export const qecInfo = (i: LoadInfo | null): QecInfo | null => (i?.task === 'qec' ? i : null);
/** Reports of an error-correction session (one point of the sweep each, after step 0). */
export const qecReports = (h: readonly Report[]): readonly QecReport[] =>
  h.length > 0 && 'point' in h[0]! ? (h as QecReport[]) : EMPTY;

export const plateauInfo = (i: LoadInfo | null): PlateauInfo | null =>
  i?.task === 'plateau' ? i : null;
/** Reports of a barren-plateau session (one qubit count of the sweep each, after step 0). */
export const plateauReports = (h: readonly Report[]): readonly PlateauReport[] =>
  h.length > 0 && 'plateau' in h[0]! ? (h as PlateauReport[]) : EMPTY;
