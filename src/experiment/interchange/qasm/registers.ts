// The qubit and bit registers of an OpenQASM file: declared in order (qubits numbered across the
// quantum registers), references resolved to qubit numbers or a bit count, and a gate's operands
// broadcast element by element over whole registers.

import { CIRCUIT_LIMITS } from '../../circuit/limits';
import { evalIndex, type Expr, type Scope } from './expr';
import { fail, type Pos } from './lexer';
import type { Ref } from './parse';
import type { Register } from './interpreted';

export class Registers {
  private readonly qregs = new Map<string, Register>();
  private readonly cregs = new Map<string, Register>();
  /** Qubits declared so far. */
  qubits = 0;

  /** `scope`: names as expressions see them, for sizes and indices. */
  constructor(private readonly scope: Scope) {}

  /** Adds a register (its name already declared); `size` null for a single qubit or bit. */
  add(name: string, size: Expr | null, at: Pos, quantum: boolean): void {
    const n = size === null ? 1 : evalIndex(size, this.scope, 'a register size');
    if (n < 1) fail(at, `the register '${name}' must hold at least one ${quantum ? 'qubit' : 'bit'}.`);
    if (quantum) {
      const max = CIRCUIT_LIMITS.qubits[1];
      if (this.qubits + n > max)
        fail(at, `the circuit would have ${this.qubits + n} qubits; the editor holds at most ${max}.`);
      this.qregs.set(name, { start: this.qubits, size: n, single: size === null, at });
      this.qubits += n;
    } else this.cregs.set(name, { start: 0, size: n, single: size === null, at });
  } // prettier-ignore

  /** The qubits a reference names: one, or a whole register. */
  qubitsOf(r: Ref): { list: number[]; whole: boolean } {
    const reg = this.qregs.get(r.name);
    if (!reg) fail(r, this.cregs.has(r.name) ? `'${r.name}' is a bit register, not qubits.` : `unknown qubit register '${r.name}'.`); // prettier-ignore
    if (r.index === null)
      return {
        list: Array.from({ length: reg.size }, (_, i) => reg.start + i),
        whole: !reg.single,
      };
    if (reg.single) fail(r, `'${r.name}' is a single qubit; name it without an index.`);
    const i = evalIndex(r.index, this.scope, 'a qubit index');
    if (i >= reg.size) fail(r.index, `index ${i} is out of range: '${r.name}' has qubits 0 to ${reg.size - 1}.`); // prettier-ignore
    return { list: [reg.start + i], whole: false };
  }

  /** How many bits a reference names: one, or a whole register. */
  bitsOf(bit: Ref): number {
    const reg = this.cregs.get(bit.name);
    if (!reg) fail(bit, `unknown bit register '${bit.name}'.`);
    if (bit.index === null) return reg.size;
    if (reg.single) fail(bit, `'${bit.name}' is a single bit; name it without an index.`);
    const i = evalIndex(bit.index, this.scope, 'a bit index');
    if (i >= reg.size) fail(bit.index, `index ${i} is out of range: '${bit.name}' has bits 0 to ${reg.size - 1}.`); // prettier-ignore
    return 1;
  }

  /** A qubit as the file names it: `q[2]`, or a single qubit's name. */
  label(q: number): string {
    for (const [name, reg] of this.qregs)
      if (q >= reg.start && q < reg.start + reg.size) return reg.single ? name : `${name}[${q - reg.start}]`; // prettier-ignore
    return `qubit ${q}`;
  }

  /** Operand lists, one per application: registers broadcast element by element. */
  broadcast(refs: readonly Ref[]): number[][] {
    const resolved = refs.map((r) => this.qubitsOf(r));
    let n = 1;
    let sizedBy: Ref | null = null;
    resolved.forEach((r, i) => {
      if (!r.whole) return;
      if (sizedBy && r.list.length !== n)
        fail(refs[i]!, `registers '${sizedBy.name}' (${n}) and '${refs[i]!.name}' (${r.list.length}) differ in size, so the gate cannot be applied element by element.`); // prettier-ignore
      n = r.list.length;
      sizedBy = refs[i]!;
    });
    return Array.from({ length: n }, (_, k) => resolved.map((r) => (r.whole ? r.list[k]! : r.list[0]!))); // prettier-ignore
  }
}
