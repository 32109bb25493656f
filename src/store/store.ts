// The one store, made of slices: the experiment (undoable edits), the run (worker reports), the UI.

import { create } from 'zustand';
import { createEditorSlice, type EditorSlice } from './editorSlice';
import { createExperimentSlice, type ExperimentSlice } from './experimentSlice';
import { createRunSlice, type RunSlice } from './runSlice';
import { createUiSlice, type UiSlice } from './uiSlice';

export type LabState = ExperimentSlice & RunSlice & UiSlice & EditorSlice;

export const useLab = create<LabState>()((...a) => ({
  ...createExperimentSlice(...a),
  ...createRunSlice(...a),
  ...createUiSlice(...a),
  ...createEditorSlice(...a),
}));
