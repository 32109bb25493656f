// A file's own definition of a gate the library knows (our OpenQASM 3 exporter defines iswap,
// rxx, ryy and rzz, which stdgates.inc lacks) becomes the editor's gate only when it is exactly
// that gate, global phase included; otherwise its body is expanded. Also: the importer's copy of
// the catalogue matrices equals the simulator's, and a gate that calls itself is an error.
import { describe, expect, it } from 'vitest';
import { GATE_NAMES, GATE_SPECS } from '../../../src/experiment/circuit/gateCatalog';
import { importQasm } from '../../../src/experiment/interchange/qasm/import';
import { baseMatrix } from '../../../src/experiment/interchange/qasm/sameGate';
import { createRng } from '../../../workers/sim';
import { gateMatrix } from '../../../workers/sim/gates';
import { expectSameState, importOk, randomPrep, stateAfter } from './qasmImportHelpers';

const TOL = 1e-12;

/** Gate names of the imported circuit in order, with their extra controls. */
function gatesOf(text: string): string[] {
  return importOk(text).circuit.gates.map((g) => `${g.gate}${g.controls ? `+${g.controls.length}` : ''}`); // prettier-ignore
}

const HEAD = 'OPENQASM 3.0;\ninclude "stdgates.inc";\n';
const RXX_DEF = 'gate rxx(t) a, b { h a; h b; cx a, b; rz(t) b; cx a, b; h a; h b; }\n';

describe('the catalogue matrices', () => {
  it('equal the simulator’s for every gate at random angles', () => {
    const rng = createRng(11);
    for (const gate of GATE_NAMES) {
      for (let trial = 0; trial < 3; trial++) {
        const angles = Array.from({ length: GATE_SPECS[gate].angles }, () => (rng.next() - 0.5) * 12); // prettier-ignore
        const mine = baseMatrix(gate, angles);
        const sim = gateMatrix(gate, angles);
        expect(mine.length, gate).toBe(sim.length);
        for (let i = 0; i < sim.length; i++) expect(Math.abs(mine[i]! - sim[i]!), `${gate}[${i}]`).toBeLessThan(TOL); // prettier-ignore
      }
    }
  });
});

describe('a definition under a library name', () => {
  it('that is the gate becomes the editor gate, with controls and its angle kept', () => {
    const text = `${HEAD}${RXX_DEF}float[64] θ1 = 0.4;\nqubit[3] q;\nrxx(θ1) q[0], q[1];\nctrl @ rxx(0.7) q[2], q[0], q[1];\n`; // prettier-ignore
    const r = importOk(text);
    expect(r.circuit.gates.map((g) => g.gate)).toEqual(['RXX', 'RXX']);
    expect(r.circuit.gates[0]!.params).toEqual([{ kind: 'param', name: 'θ1' }]);
    expect(r.circuit.gates[1]!.controls).toEqual([2]);
    expect(r.values.get('θ1')).toBe(0.4);
  });

  it('iswap and ryy, as the exporter defines them, and iswap with no definition', () => {
    const iswap = 'gate iswap a, b { s a; s b; h a; cx a, b; cx b, a; h b; }\n';
    const ryy = 'gate ryy(t) a, b { rx(pi/2) a; rx(pi/2) b; cx a, b; rz(t) b; cx a, b; rx(-pi/2) a; rx(-pi/2) b; }\n'; // prettier-ignore
    expect(gatesOf(`${HEAD}${iswap}${ryy}qubit[2] q;\niswap q[0], q[1];\nryy(0.3) q[1], q[0];\n`)).toEqual(['ISWAP', 'RYY']); // prettier-ignore
    expect(gatesOf(`${HEAD}qubit[2] q;\niswap q[1], q[0];\n`)).toEqual(['ISWAP']);
  });

  it('that is another gate is expanded, and does what its body says', () => {
    // The sign of the angle flipped: RZZ(−θ), not RZZ(θ).
    const text = `${HEAD}gate rzz(t) a, b { cx a, b; rz(-t) b; cx a, b; }\nqubit[3] q;\nctrl @ rzz(0.9) q[2], q[0], q[1];\n`; // prettier-ignore
    expect(gatesOf(text)).toEqual(['CNOT+1', 'RZ+1', 'CNOT+1']);
    const rng = createRng(5);
    const prep = randomPrep(rng, 3);
    const want = stateAfter(importOk(`${HEAD}qubit[3] q;\nctrl @ rzz(-0.9) q[2], q[0], q[1];\n`), prep); // prettier-ignore
    expectSameState(stateAfter(importOk(text), prep), want);
  });

  it('that differs from the gate by a global phase only is expanded (a control would show it)', () => {
    // CX·P(θ)·CX = e^{iθ/2}·RZZ(θ).
    const text = `${HEAD}gate rzz(t) a, b { cx a, b; p(t) b; cx a, b; }\nqubit[3] q;\nrzz(0.5) q[0], q[1];\nctrl @ rzz(0.5) q[2], q[0], q[1];\n`; // prettier-ignore
    expect(gatesOf(text)).toEqual(['CNOT', 'P', 'CNOT', 'CNOT+1', 'P+1', 'CNOT+1']);
  });

  it('whose global phase differs from the library gate’s is expanded (sxdg = e^{−iπ/4}·RX(−π/2))', () => {
    const ctrl = 'qubit[2] q;\nctrl @ sxdg q[1], q[0];\n';
    expect(gatesOf(`${HEAD}gate sxdg a { rx(-pi/2) a; }\n${ctrl}`)).toEqual(['RX+1']);
    expect(gatesOf(`${HEAD}gate sxdg a { rx(-pi/2) a; gphase(-pi/4); }\n${ctrl}`)).toEqual(['RX+1', 'P']); // prettier-ignore
    expect(gatesOf(`${HEAD}${ctrl}`)).toEqual(['RX+1', 'P']);
  });

  it('that uses a variable of the file, or has another arity, is expanded', () => {
    const withVar = `${HEAD}float[64] w = 0.2;\ngate rx(t) a { rx(t + w) a; }\nqubit q;\nrx(0.1) q;\n`;
    expect(importQasm(withVar).ok).toBe(false); // the inner rx is the definition itself
    const other = `${HEAD}float[64] w = 0.2;\ngate ry(t) a { rz(w) a; }\nqubit q;\nry(0.1) q;\n`;
    expect(gatesOf(other)).toEqual(['RZ']);
    const arity = `${HEAD}gate h a, b { cx a, b; }\nqubit[2] q;\nh q[0], q[1];\n`;
    expect(gatesOf(arity)).toEqual(['CNOT']);
  });

  it('h written as U(π/2, 0, π) is H, exactly', () => {
    expect(gatesOf(`${HEAD}gate h a { U(pi/2, 0, pi) a; }\nqubit q;\nh q;\n`)).toEqual(['H']);
  });
});

describe('a gate that calls itself', () => {
  it('is an error naming the call, not a crash', () => {
    for (const body of ['foo a;', 'bar a;']) {
      const text = `${HEAD}gate bar a { foo a; }\ngate foo a { ${body} }\nqubit q;\nfoo q;\n`;
      const r = importQasm(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(/'foo' calls itself/);
    }
    const lib = importQasm(`${HEAD}gate rx(t) a { rx(t) a; }\nqubit q;\nrx(0.2) q;\n`);
    expect(lib.ok).toBe(false);
    if (!lib.ok) expect(lib.error.message).toMatch(/'rx' calls itself/);
  });
});
