// What a task defines on the page (docs/architecture.md): its subtitle, the panels of the
// settings column (each hideable by name), its model column and its results column. (The word for
// one step of its training is the schema's: TaskSchema.step.)
import type { ComponentType } from 'react';
import type { ExportReadout } from '../experiment/interchange/types';
import type { Experiment } from '../experiment/types';
import type { LoadInfo } from '../../workers/protocol';

export interface TaskUi {
  /** One line under the page title. */
  subtitle: string;
  /** Panels of the settings column, each with the Classroom name that hides it. */
  settings: readonly { hide: string; Panel: ComponentType }[];
  /** The middle column (model settings and pictures). */
  Model: ComponentType;
  /** The results column; also all that `?embed` shows. */
  Results: ComponentType;
  /** Input features the editor's live view offers sliders for (0 without data points). */
  features(e: Experiment): number;
  /**
   * What the model reads from its final state, for exported Python (from the session's info);
   * absent or null: every qubit is measured (the sandbox).
   */
  exportReadout?(e: Experiment, info: LoadInfo | null): ExportReadout | null;
}
