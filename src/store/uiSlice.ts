// The UI slice: transient choices of the page that are not part of the experiment.

import type { StateCreator } from 'zustand';
import type { LabState } from './store';

export interface UiSlice {
  /** Class given to points the user adds by clicking the data plot. */
  pointClass: number;
  setPointClass(c: number): void;
}

export const createUiSlice: StateCreator<LabState, [], [], UiSlice> = (set) => ({
  pointClass: 0,
  setPointClass: (c) => set({ pointClass: c }),
});
