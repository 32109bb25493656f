// Each quantum text model as a new user first meets it.
import type { TextModel } from '../../experiment/types';

export const TEXT_MODEL_DEFAULTS: {
  readonly [K in TextModel['kind']]: Extract<TextModel, { kind: K }>;
} = {
  quixer: { kind: 'quixer', qubits: 4, layers: 2, degree: 2, embed: 4, hidden: 8 },
  qlstm: { kind: 'qlstm', qubits: 4, hidden: 4, layers: 1 },
};
