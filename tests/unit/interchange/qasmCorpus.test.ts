// Well-known circuits written by hand as OpenQASM files (corpus/*.qasm): each imports, and its
// simulated state has the textbook probabilities (every basis state, to 1e-9).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { probabilities } from '../../../workers/sim';
import { importOk, stateAfter } from './qasmImportHelpers';

const DIR = join(__dirname, 'corpus');
const s2 = Math.sin(0.6) ** 2;
const c2 = Math.cos(0.6) ** 2;

/** Basis index (qubit 0 the lowest bit) → probability; every other basis state has 0. */
const EXPECTED: Record<string, { qubits: number; measured: number[]; p: Record<number, number> }> =
  {
    'ghz5.qasm': { qubits: 5, measured: [0, 1, 2, 3, 4], p: { 0: 0.5, 31: 0.5 } },
    'qft4.qasm': { qubits: 4, measured: [0, 1, 2, 3], p: { 0: 0.25, 4: 0.25, 8: 0.25, 12: 0.25 } },
    // sin²(5·asin(1/√8)) = 121/128; the seven others share the rest.
    'grover3.qasm': {
      qubits: 3,
      measured: [0, 1, 2],
      p: Object.fromEntries(
        Array.from({ length: 8 }, (_, b) => [b, b === 5 ? 121 / 128 : 1 / 128]),
      ),
    },
    // cin = q0, a = q1 q2, b = q3 q4, cout = q5: a = 1 (q1), b = 3 (q3, q4), cout = 0.
    'adder.qasm': { qubits: 6, measured: [3, 4, 5], p: { [2 + 8 + 16]: 1 } },
    // s = 1011 on q0…q3 (1 + 2 + 8) and the ancilla q4 in |1⟩.
    'bernstein_vazirani.qasm': { qubits: 5, measured: [0, 1, 2, 3], p: { [11 + 16]: 1 } },
    'teleport.qasm': {
      qubits: 3,
      measured: [0, 1, 2],
      p: Object.fromEntries(Array.from({ length: 8 }, (_, b) => [b, (b & 4 ? s2 : c2) / 4])),
    },
    'qft4_inverse.qasm': { qubits: 4, measured: [0, 1, 2, 3], p: { 5: 1 } },
  };

describe('OpenQASM corpus', () => {
  it('has a test for every file in corpus/', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.qasm'));
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [file, want] of Object.entries(EXPECTED)) {
    it(`${file} imports and simulates to its known probabilities`, () => {
      const imported = importOk(readFileSync(join(DIR, file), 'utf8'));
      expect(imported.circuit.qubits).toBe(want.qubits);
      expect(imported.measured).toEqual(want.measured);
      const amp = stateAfter(imported);
      const p = probabilities({ n: want.qubits, amp });
      for (let b = 0; b < p.length; b++) {
        expect(Math.abs(p[b]! - (want.p[b] ?? 0)), `${file}: basis state ${b}`).toBeLessThan(1e-9);
      }
    });
  }
});
