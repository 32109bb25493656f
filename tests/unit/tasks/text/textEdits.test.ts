// Edits of a text experiment keep it valid: the QRNN's context shrinks to fit its qubits.
import { describe, expect, it } from 'vitest';
import { TASK_SCHEMAS } from '../../../../src/experiment/tasks/registry';
import { maxContext, withText, withTextModel } from '../../../../src/tasks/text/textEdits';

const defaults = () => TASK_SCHEMAS.text.defaults();

describe('text edits', () => {
  it('shortens the context to what the QRNN’s qubits allow, and only for the QRNN', () => {
    const qrnn = { kind: 'qrnn', historyQubits: 6, dataQubits: 3, layers: 2 } as const;
    expect(maxContext(qrnn)).toBe(4); // 6 + 4 × 3 = 18 ≤ 20 < 6 + 5 × 3
    const e = { ...defaults(), data: { ...defaults().data, context: 8 } };
    expect(withTextModel(e, qrnn).data.context).toBe(4);
    expect(withText(withTextModel(e, qrnn), { context: 7 }).data.context).toBe(4);
    expect(maxContext(defaults().model)).toBe(8);
    expect(withText(e, { context: 7 }).data.context).toBe(7);
  });
});
