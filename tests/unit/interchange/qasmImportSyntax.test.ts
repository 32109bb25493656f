// OpenQASM import beyond single gates: gate definitions, broadcasting, measurements, comments,
// angle expressions, OpenQASM 3 variables as parameters and features, and errors with their place.
import { describe, expect, it } from 'vitest';
import { importQasm } from '../../../src/experiment/interchange/qasm/import';
import { createRng } from '../../../workers/sim';
import { expectSameState, importOk, randomPrep, seedOf, stateAfter } from './qasmImportHelpers';

const Q2 = 'OPENQASM 2.0;\ninclude "qelib1.inc";\n';
const Q3 = 'OPENQASM 3;\ninclude "stdgates.inc";\n';

/** The error of a failing import. */
function importError(text: string): { message: string; line?: number; column?: number } {
  const r = importQasm(text);
  if (r.ok) throw new Error('expected the import to fail');
  return r.error;
}

const gateList = (text: string): string[] =>
  importOk(text).circuit.gates.map((g) => `${g.gate}(${[...(g.controls ?? []).map((c) => `c${c}`), ...g.targets].join(',')})`); // prettier-ignore

describe('gate definitions', () => {
  it('expands nested definitions with parameters substituted, as the same gates written out', () => {
    const defined = importOk(`${Q2}qreg q[3];
gate rot(a, b) t { rx(a) t; ry(b / 2) t; }
gate pair(th) x, y { rot(th, 2 * th) x; cx x, y; rot(-th, pi) y; }
pair(0.4) q[2], q[0];
pair(1.1) q[0], q[1];
`);
    const plain = importOk(`${Q2}qreg q[3];
rx(0.4) q[2]; ry(0.4) q[2]; cx q[2], q[0]; rx(-0.4) q[0]; ry(pi/2) q[0];
rx(1.1) q[0]; ry(1.1) q[0]; cx q[0], q[1]; rx(-1.1) q[1]; ry(pi/2) q[1];
`);
    const rng = createRng(seedOf('definitions'));
    const prep = randomPrep(rng, 3);
    expectSameState(stateAfter(defined, prep), stateAfter(plain, prep));
    expect(defined.circuit.gates).toHaveLength(10);
  });

  it('applies inv @ to a whole definition (OpenQASM 3)', () => {
    const r = importOk(`${Q3}qubit[2] q;
gate g(a) x, y { h x; ctrl @ rz(a) x, y; s y; }
g(0.8) q[0], q[1];
inv @ g(0.8) q[0], q[1];
`);
    const rng = createRng(seedOf('inverse definition'));
    const prep = randomPrep(rng, 2);
    expectSameState(stateAfter(r, prep), stateAfter(importOk(`${Q3}qubit[2] q;`), prep));
  });

  it('lets a definition shadow a library gate and refuses opaque gates', () => {
    expect(gateList(`${Q2}qreg q[1];\ngate rzz(a) x { h x; }\nrzz(1) q[0];`)).toEqual(['H(0)']);
    expect(importError(`${Q2}qreg q[1];\nopaque magic q;`).message).toMatch(/^Line 4, column 1: opaque gates/); // prettier-ignore
  });
});

describe('broadcasting, measurement, reset, barrier, comments', () => {
  it('broadcasts a gate over whole registers element by element', () => {
    expect(gateList(`${Q2}qreg a[2];\nqreg b[2];\nh a;\ncx a, b;\ncx a[0], b;`)).toEqual([
      'H(0)', 'H(1)', 'CNOT(0,2)', 'CNOT(1,3)', 'CNOT(0,2)', 'CNOT(0,3)',
    ]); // prettier-ignore
    expect(importError(`${Q2}qreg a[2];\nqreg b[3];\ncx a, b;`)).toMatchObject({ line: 5, column: 7 }); // prettier-ignore
  });

  it('numbers qubits across registers in declaration order', () => {
    const r = importOk(`${Q3}qubit[2] a;\nqubit b;\nqreg c[2];\nx b;\nx c[1];`);
    expect(r.circuit.qubits).toBe(5);
    expect(r.circuit.gates.map((g) => g.targets[0])).toEqual([2, 4]);
  });

  it('reads every form of measurement as the readout, in order of first measurement', () => {
    expect(importOk(`${Q2}qreg q[3];\ncreg c[3];\nh q;\nmeasure q[2] -> c[0];\nmeasure q -> c;`).measured).toEqual([2, 0, 1]); // prettier-ignore
    expect(importOk(`${Q3}qubit[3] q;\nbit[3] c;\nc[0] = measure q[1];\nc = measure q;`).measured).toEqual([1, 0, 2]); // prettier-ignore
    expect(importOk(`${Q3}qubit[2] q;\nbit[2] c = measure q;`).measured).toEqual([0, 1]);
    expect(importOk(`${Q3}qubit[2] q;\nmeasure q[1];`).measured).toEqual([1]);
    const r = importOk(`${Q2}qreg q[1];\ncreg c[1];\nh q[0];`);
    expect(r.measured).toEqual([]);
  });

  it('refuses a gate after a measurement of its qubit, and a register size mismatch', () => {
    const e = importError(`${Q2}qreg q[2];\ncreg c[2];\nmeasure q[1] -> c[1];\nx q[0];\ncx q[0], q[1];`); // prettier-ignore
    expect(e).toMatchObject({ line: 7, column: 1 });
    expect(e.message).toContain('q[1] is used after it was measured on line 5');
    expect(importError(`${Q2}qreg q[2];\ncreg c[1];\nmeasure q -> c;`).message).toContain('2 qubits cannot be measured into 1 bit'); // prettier-ignore
  });

  it('drops a reset at the start and makes a later one the reset channel; ignores barriers', () => {
    const r = importOk(`${Q2}qreg q[2];\nreset q;\nh q[0];\nbarrier q;\nreset q[0];\nx q[0];`);
    expect(r.circuit.gates.map((g) => g.gate)).toEqual(['H', 'reset', 'X']);
    expect(r.notes).toEqual([
      'line 4: a reset before any gate was left out (qubits start in |0⟩).',
      'line 6: barriers were ignored (they do not change the state).',
      "line 7: reset after gates became the editor's reset channel.",
    ]);
  });

  it('skips // and /* */ comments and counts their lines', () => {
    const text = `// a comment\nOPENQASM 2.0; /* one\ntwo\nthree */ include "qelib1.inc";\nqreg q[1]; // end\n/**/ foo q[0];`; // prettier-ignore
    expect(importError(text)).toEqual({ message: "Line 6, column 6: unknown gate 'foo'.", line: 6, column: 6 }); // prettier-ignore
  });
});

describe('angle expressions', () => {
  const angle = (expr: string, q = Q2): number => {
    const b = importOk(`${q}qreg q[1];\nrz(${expr}) q[0];`).circuit.gates[0]!.params![0]!;
    if (b.kind !== 'const') throw new Error('not a constant');
    return b.value;
  };
  const cases: [string, number][] = [
    ['1', 1], ['0.5', 0.5], ['1e-3', 1e-3], ['.5', 0.5], ['2.5E1', 25], ['pi', Math.PI],
    ['-pi/2', -Math.PI / 2], ['3*pi/4', (3 * Math.PI) / 4], ['(1 + 2) * 3', 9], ['2^3', 8],
    ['2**3', 8], ['-2**2', -4], ['2^3^2 / 100', 5.12], ['sin(pi/2)', 1], ['cos(0) + tan(0)', 1],
    ['sqrt(4)', 2], ['exp(0)', 1], ['ln(1)', 0], ['1 - 2 - 3', -4], ['8 / 2 / 2', 2],
    ['π', Math.PI], ['tau', 2 * Math.PI], ['euler', Math.E], ['2000', 2000 % (4 * Math.PI)],
  ]; // prettier-ignore
  for (const [expr, value] of cases) {
    it(`${expr} = ${value}`, () => expect(angle(expr)).toBeCloseTo(value, 12));
  }

  it('refuses NaN and infinite angles with their place', () => {
    expect(importError(`${Q2}qreg q[1];\nrz(0/0) q[0];`)).toMatchObject({ line: 4, column: 1 });
    expect(importError(`${Q2}qreg q[1];\nrz(1/0) q[0];`).message).toContain('not a finite number');
    expect(importError(`${Q2}qreg q[1];\nrz(sqrt(-1)) q[0];`).message).toContain('not a finite number'); // prettier-ignore
  });
});

describe('OpenQASM 3 variables', () => {
  it('reads float and angle variables as trainable parameters, const ones as constants', () => {
    const r = importOk(`${Q3}qubit[2] q;
float[64] θ1 = 0.7312;
angle[32] a = pi / 8;
const float c = pi / 4;
float th2;
ry(θ1) q[0]; rz(a) q[1]; rx(c) q[0]; crz(θ1) q[0], q[1]; p(th2) q[1];`);
    expect([...r.values]).toEqual([
      ['θ1', 0.7312],
      ['a', Math.PI / 8],
      ['th2', 0],
    ]);
    expect(r.circuit.gates.map((g) => g.params?.[0])).toEqual([
      { kind: 'param', name: 'θ1' }, { kind: 'param', name: 'a' },
      { kind: 'const', expr: 'pi/4', value: Math.PI / 4 }, { kind: 'param', name: 'θ1' },
      { kind: 'param', name: 'th2' },
    ]); // prettier-ignore
    expect(r.notes).toContain('line 7: th2 has no value in the file; it starts at 0.');
  });

  it('reads inputs as features: w * x + b, x * w + b, b + w * x, w * x and x alone', () => {
    const r = importOk(`${Q3}qubit[1] q;
input float[64] a;
input float[64] x1;
input angle x4;
float w = 2; float b = 0.5;
ry(w * x1 + b) q; ry(x1 * w + b) q; ry(b + w * x4) q; ry(w * a) q; ry(x1) q;`);
    const f = (i: number): unknown => r.circuit.gates[i]!.params![0];
    expect(f(0)).toEqual({ kind: 'feature', feature: 0, weight: 'w', bias: 'b' });
    expect(f(1)).toEqual({ kind: 'feature', feature: 0, weight: 'w', bias: 'b' });
    expect(f(2)).toEqual({ kind: 'feature', feature: 3, weight: 'w', bias: 'b' });
    // x1…x16 are features 0…15, as the page names them; a takes the first free feature, 1.
    expect(f(3)).toEqual({ kind: 'feature', feature: 1, weight: 'w', bias: 'b_a' });
    expect(f(4)).toEqual({ kind: 'feature', feature: 0, weight: 'w_x1', bias: 'b_x1' });
    expect([...r.values]).toEqual([
      ['w', 2],
      ['b', 0.5],
      ['b_a', 0],
      ['w_x1', 1],
      ['b_x1', 0],
    ]);
    expect(r.notes).toEqual([
      'line 8: w·a has no bias, so b_a (at 0) was added.',
      'line 8: the input x1 alone became w_x1·x1 + b_x1 (a new weight at 1 and bias at 0).',
    ]);
    // At x = (0.3, −0.2, 0, 0.9) the RY angles are 1.1, 1.1, 2.3, −0.4 and 0.3: RY(4.4) in all.
    const state = stateAfter(r, [], [0.3, -0.2, 0, 0.9]);
    expectSameState(state, new Float64Array([Math.cos(2.2), 0, Math.sin(2.2), 0]));
  });

  it('numbers inputs as the page does: x16 is feature 15; x0 and x17 are not names of features', () => {
    const r = importOk(`${Q3}qubit[1] q;\ninput float x0;\ninput float x17;\ninput float x16;\nfloat w = 1; float b = 0;\nry(w * x16 + b) q; ry(w * x0 + b) q; ry(w * x17 + b) q;`); // prettier-ignore
    const features = r.circuit.gates.map((g) => (g.params![0] as { feature: number }).feature);
    expect(features).toEqual([15, 0, 1]);
  });

  it('makes an input of another type a parameter at 0, and refuses angles it cannot bind', () => {
    const r = importOk(`${Q3}qubit q;\ninput int[8] n;\nrx(n) q;`);
    expect([...r.values]).toEqual([['n', 0]]);
    expect(r.notes[0]).toContain('the input n is not a float or angle');
    const twice = importError(`${Q3}qubit q;\nfloat t = 1;\nrx(2 * t) q;`);
    expect(twice).toMatchObject({ line: 5, column: 1 });
    expect(twice.message).toContain('the angle 2·t of RX cannot be bound');
    expect(importError(`${Q3}qubit q;\nfloat t = 1;\nrx(sin(t)) q;`)).toMatchObject({ line: 5, column: 4 }); // prettier-ignore
    expect(importError(`${Q3}qubit q;\nfloat t = 1;\nctrl @ gphase(t / 2) q;`).message).toContain('cannot be bound'); // prettier-ignore
  });
});

describe('errors name the line and column', () => {
  const cases: [string, string, number, number, string][] = [
    ['unknown gate', `${Q2}qreg q[2];\n  foo q[0];`, 4, 3, "unknown gate 'foo'"],
    ['unknown register', `${Q2}qreg q[2];\nh r[0];`, 4, 3, "unknown qubit register 'r'"],
    ['index out of range', `${Q2}qreg q[2];\nh q[2];`, 4, 5, 'index 2 is out of range'],
    ['wrong angle count', `${Q2}qreg q[2];\nrx q[0];`, 4, 1, "the gate 'rx' takes 1 angle; got 0"],
    ['wrong qubit count', `${Q2}qreg q[2];\ncx q[0];`, 4, 1, "the gate 'cx' takes 2 qubits; got 1"],
    ['qubit twice', `${Q2}qreg q[2];\ncx q[0], q[0];`, 4, 1, 'q[0] is used twice in one gate'],
    ['missing semicolon', `${Q2}qreg q[2]\nh q[0];`, 4, 1, "missing ';' before 'h'"],
    ['too many qubits', `${Q2}qreg a[20];\nqreg b[5];`, 4, 1, 'the circuit would have 25 qubits; the editor holds at most 24'],
    ['if refused', `${Q2}qreg q[1];\ncreg c[1];\nif (c == 1) x q[0];`, 5, 1, "classical control ('if')"],
    ['other include', `OPENQASM 2.0;\ninclude "mylib.inc";`, 2, 1, 'cannot read "mylib.inc"'],
    ['version', `OPENQASM 4.0;`, 1, 1, 'OpenQASM 4.0 is not supported'],
    ['unclosed comment', `${Q2}/* never`, 3, 1, 'this comment is never closed'],
    ['stray character', `${Q2}qreg q[1];\nh q[0]; ?`, 4, 9, "unexpected character '?'"],
    ['range', `${Q3}qubit[3] q;\nh q[0:1];`, 4, 6, 'ranges and lists of indices are not supported'],
    ['loop', `${Q3}qubit[3] q;\nfor int i in [0:2] { h q[i]; }`, 4, 1, "loops ('for')"],
    ['ctrl on gate qubit', `${Q3}qubit[2] q;\nctrl @ x q[0], q[0];`, 4, 1, 'q[0] is used twice'],
  ]; // prettier-ignore
  for (const [what, text, line, column, message] of cases) {
    it(what, () => {
      const e = importError(text);
      expect(e).toMatchObject({ line, column });
      expect(e.message).toContain(`Line ${line}, column ${column}: ${message}`);
    });
  }

  it('refuses circuits over the editor limits: gates, time steps, text size, no qubits', () => {
    expect(importError(`${Q2}qreg q[24];\n${'h q;\n'.repeat(84)}`).message).toContain('more than 2000 gates'); // prettier-ignore
    expect(importError(`${Q2}qreg q[1];\n${'x q[0];\n'.repeat(501)}`)).toMatchObject({ line: 504, column: 1 }); // prettier-ignore
    expect(importError(`${Q2}qreg q[1];\n${'x q[0];\n'.repeat(501)}`).message).toContain('more than 500 time steps'); // prettier-ignore
    expect(importOk(`${Q2}qreg q[1];\n${'x q[0];\n'.repeat(500)}`).circuit.columns).toBe(500);
    expect(importError(`${Q2}${' '.repeat(1_000_001)}`).message).toContain('larger than 1 MB');
    expect(importError(`${Q2}`).message).toContain('declares no qubits');
    const blowup = `${Q2}qreg q[1];\ngate g0 a { id a; id a; }\n${Array.from({ length: 30 }, (_, i) => `gate g${i + 1} a { g${i} a; g${i} a; }`).join('\n')}\ng30 q[0];`; // prettier-ignore
    expect(importError(blowup).message).toContain('expand to too many gates');
  });

  it('never throws, whatever the text (every prefix of a valid file, random bytes)', () => {
    const valid = `${Q3}qubit[3] q;\nbit[3] c;\nfloat[64] θ = 0.5;\ninput float x1;\ngate g(a) x, y { ctrl @ rx(a) x, y; }\ng(θ) q[0], q[1];\nnegctrl @ ry(θ * x1 + θ) q[2], q[0];\nc = measure q;\n`; // prettier-ignore
    let oks = 0;
    for (let i = 0; i <= valid.length; i++) if (importQasm(valid.slice(0, i)).ok) oks++;
    expect(oks).toBeGreaterThan(0);
    expect(importQasm(valid).ok).toBe(true);
    const rng = createRng(seedOf('garbage'));
    const alphabet = 'qreg[]();,->@ctrlhx0123.pi/*+-"θ\n';
    for (let t = 0; t < 300; t++) {
      const text = Array.from({ length: 40 }, () => alphabet[rng.int(alphabet.length)]).join('');
      const r = importQasm(`${Q2}${text}`);
      expect(typeof r.ok).toBe('boolean');
      if (!r.ok) expect(r.error.message).not.toContain('could not be imported');
    }
  });
});
