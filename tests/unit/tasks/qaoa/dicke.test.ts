// The Dicke state from gates (Bärtschi–Eidenbenz) against the XY mixer's exact start, for every
// weight on up to 8 qubits.
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../../workers/sim';
import { dickeOps } from '../../../../workers/tasks/qaoa/dicke';
import { dickeStart } from '../../../../workers/tasks/qaoa/mixers';

describe('the Dicke preparation circuit', () => {
  it('prepares |D_k⟩ from |0…0⟩ to 1e-12 for 1 ≤ n ≤ 8, 0 ≤ k ≤ n', () => {
    let cases = 0;
    for (let n = 1; n <= 8; n++) {
      for (let k = 0; k <= n; k++) {
        const amp = createSimulator({ qubits: n, ops: dickeOps(n, k) }).run([], []).amp;
        const want = new Float64Array(2 << n);
        dickeStart(want, k);
        for (let i = 0; i < want.length; i++) expect(Math.abs(amp[i]! - want[i]!), `n ${n}, k ${k}`).toBeLessThan(1e-12); // prettier-ignore
        cases++;
      }
    }
    expect(cases).toBe(44);
  });

  it('uses gates of at most three qubits, O(n·k) of them', () => {
    const ops = dickeOps(12, 6);
    for (const op of ops) expect(op.targets.length + (op.controls?.length ?? 0)).toBeLessThanOrEqual(3); // prettier-ignore
    expect(ops.length).toBeLessThan(3 * 12 * 6 + 12);
  });
});
