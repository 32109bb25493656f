// The UI slice: transient choices of the page that are not part of the experiment.

import type { StateCreator } from 'zustand';
import type { Weights } from '../experiment/types';
import type { LabState } from './store';

/** A message across the top of the page: errors are alerts; an offer carries one action. */
export interface Notice {
  kind: 'error' | 'info';
  message: string;
  action?: { label: string; run(): void };
}

export interface UiSlice {
  /** Class given to points the user adds by clicking the data plot; null: clicks add none. */
  pointClass: number | null;
  notice: Notice | null;
  /** Trained weights from the opened link, applied once the worker has built the models. */
  pendingWeights: Weights | null;
  /** `?embed`: only the main view, for an iframe on a course page. */
  embed: boolean;
  /**
   * Whether edits are saved in this browser (localStorage). Off in a page opened from a link while
   * other work is saved here, so the link never writes over it; the address bar holds the edits.
   */
  autosave: boolean;
  setPointClass(c: number | null): void;
  notify(n: Notice | null): void;
  setPendingWeights(w: Weights | null): void;
  setEmbed(embed: boolean): void;
  setAutosave(on: boolean): void;
}

/**
 * A phone or tablet (a finger is its main pointer): adding points by tapping starts off there, so
 * a student's taps on the plot add nothing until a class is chosen.
 */
function touchFirst(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
}

export const createUiSlice: StateCreator<LabState, [], [], UiSlice> = (set) => ({
  pointClass: touchFirst() ? null : 0,
  notice: null,
  pendingWeights: null,
  embed: false,
  autosave: true,
  setPointClass: (c) => set({ pointClass: c }),
  notify: (notice) => set({ notice }),
  setPendingWeights: (w) => set({ pendingWeights: w }),
  setEmbed: (embed) => set({ embed }),
  setAutosave: (autosave) => set({ autosave }),
});
