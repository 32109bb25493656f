// Edits of a text experiment that keep it valid: the QRNN takes a fresh data register per token of
// the context, so past its qubit limit the context shrinks to fit instead of being refused.
import { CONTEXT_LIMITS } from '../../experiment/tasks/text/types';
import type { TextExperiment, TextModel, TextSettings } from '../../experiment/types';
import { maxWindow } from '../sequence/sequenceEdits';

/** The longest context the model allows (the QRNN's registers must fit). */
export function maxContext(m: TextModel): number {
  return m.kind === 'qrnn' ? Math.min(CONTEXT_LIMITS.max, maxWindow(m)) : CONTEXT_LIMITS.max;
}

/** The experiment with `patch` applied to its text settings (the context kept within the model's limit). */
export function withText(e: TextExperiment, patch: Partial<TextSettings>): TextExperiment {
  const data = { ...e.data, ...patch };
  data.context = Math.min(data.context, maxContext(e.model));
  return { ...e, data };
}

/** The experiment with another model, and the context shortened if it no longer fits. */
export function withTextModel(e: TextExperiment, model: TextModel): TextExperiment {
  return { ...e, model, data: { ...e.data, context: Math.min(e.data.context, maxContext(model)) } };
}

/** Each quantum text model as a new user first meets it. */
export const TEXT_MODEL_DEFAULTS: {
  readonly [K in TextModel['kind']]: Extract<TextModel, { kind: K }>;
} = {
  quixer: { kind: 'quixer', qubits: 4, layers: 2, degree: 2, embed: 4, hidden: 8 },
  qlstm: { kind: 'qlstm', qubits: 4, hidden: 4, layers: 1 },
  qrnn: { kind: 'qrnn', historyQubits: 3, dataQubits: 1, layers: 2 },
};
