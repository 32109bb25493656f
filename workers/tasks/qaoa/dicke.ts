// The Dicke state |D_k⟩ (every bitstring of n bits with exactly k ones, equal amplitudes) as a
// circuit from |0…0⟩, as a device prepares the XY mixer's start: Bärtschi and Eidenbenz,
// "Deterministic preparation of Dicke states" (2019), O(n·k) gates of at most three qubits.

import type { Operation } from '../../sim';

/**
 * Split & cyclic shift SCS_{m,k} on qubits m−k … m−1 (ours, from 0): with ℓ ones at the top of
 * the first m qubits, moves one of them down with amplitude √(ℓ/m), by a controlled RY per ℓ.
 */
function scs(m: number, k: number, ops: Operation[]): void {
  // Their qubit i (from 1) is our qubit i − 1; ours m − 1 is their m.
  const top = m - 1;
  const ry = (l: number): Operation['params'] => [
    { kind: 'const', value: 2 * Math.acos(Math.sqrt(l / m)) },
  ];
  ops.push({ gate: 'CNOT', targets: [top - 1, top] });
  ops.push({ gate: 'RY', targets: [top - 1], controls: [top], params: ry(1) });
  ops.push({ gate: 'CNOT', targets: [top - 1, top] });
  for (let l = 2; l <= k; l++) {
    const t = top - l;
    ops.push({ gate: 'CNOT', targets: [t, top] });
    ops.push({ gate: 'RY', targets: [t], controls: [top, t + 1], params: ry(l) });
    ops.push({ gate: 'CNOT', targets: [t, top] });
  }
}

/** Gates taking |0…0⟩ on n qubits to |D_k⟩ (0 ≤ k ≤ n; k = 0 is no gate at all). */
export function dickeOps(n: number, k: number): Operation[] {
  const ops: Operation[] = [];
  // |0^(n−k) 1^k⟩ in their order: ones on our top k qubits.
  for (let q = n - k; q < n; q++) ops.push({ gate: 'X', targets: [q] });
  if (k === 0 || k === n) return ops;
  for (let m = n; m > k; m--) scs(m, k, ops);
  for (let m = k; m >= 2; m--) scs(m, m - 1, ops);
  return ops;
}
