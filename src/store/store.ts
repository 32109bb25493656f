// The one store, made of slices: the experiment (undoable edits), the run (worker reports), the UI,
// the lesson being followed.

import { create } from 'zustand';
import type { StateCreator } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { createEditorSlice, type EditorSlice } from './editorSlice';
import { createExperimentSlice, type ExperimentSlice } from './experimentSlice';
import { createLessonSlice, type LessonSlice } from './lessonSlice';
import { createRunSlice, type RunSlice } from './runSlice';
import { createUiSlice, type UiSlice } from './uiSlice';

export type LabState = ExperimentSlice & RunSlice & UiSlice & EditorSlice & LessonSlice;

const slices: StateCreator<LabState> = (...a) => ({
  ...createExperimentSlice(...a),
  ...createRunSlice(...a),
  ...createUiSlice(...a),
  ...createEditorSlice(...a),
  ...createLessonSlice(...a),
});

/** The page's store. */
export const useLab = create<LabState>()(slices);

/** A separate store with the same slices, for tests of what drives the store. */
export const createLabStore = () => createStore<LabState>()(slices);
