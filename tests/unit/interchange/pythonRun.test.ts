// The exported scripts run by Qiskit and by PennyLane print the numbers our simulator gives (1e-8),
// for every readout, on the whole gate set with and without extra controls. Runs only where
// `python3` imports the package; skipped otherwise, with a note saying why.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileEditorCircuit } from '../../../src/experiment/circuit/compile';
import { exportPennyLane } from '../../../src/experiment/interchange/python/pennylane';
import { exportQiskit } from '../../../src/experiment/interchange/python/qiskit';
import type { ExportResult, ExportSource } from '../../../src/experiment/interchange/types';
import {
  blochVector,
  compileObservable,
  createSimulator,
  expectation,
  marginal,
} from '../../../workers/sim';
import { READOUTS, gateSetCircuit, sourceOf } from './pythonFixtures';

const TOLERANCE = 1e-8;

function importable(pkg: string): boolean {
  const r = spawnSync('python3', ['-c', `import ${pkg}`], { encoding: 'utf8', timeout: 120_000 });
  return r.status === 0;
}

/** What the scripts print, "label = number" per line, read back by label. */
function printed(stdout: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of stdout.split('\n')) {
    const m = /^(.*) = (\S+)$/.exec(line.trim());
    if (m) out.set(m[1]!, Number(m[2]));
  }
  return out;
}

/** The same numbers from our simulator, under the labels the scripts print. */
function simulated(src: ExportSource): Map<string, number> {
  const compiled = compileEditorCircuit(src.circuit);
  const n = src.circuit.qubits;
  const params = compiled.paramNames.map((name) => src.values.get(name)!);
  const state = createSimulator(compiled.circuit).run(params, src.point);
  const r = src.readout;
  if (r?.kind === 'observable') {
    const terms = r.terms.map((t) => ({
      coeff: t.coeff,
      label: Object.entries(t.ops)
        .map(([q, p]) => `${p}${q}`)
        .join(' '),
    }));
    return new Map([[`${r.label}`, expectation(state, compileObservable({ terms }, n))]]);
  }
  if (r?.kind === 'bloch') {
    const v = new Float64Array(3);
    blochVector(state, r.qubit, v);
    return new Map(['X', 'Y', 'Z'].map((p, i) => [`<${p}> of qubit ${r.qubit}`, v[i]!]));
  }
  const qubits = r ? [...r.qubits] : Array.from({ length: n }, (_, q) => q);
  const p = marginal(state, qubits);
  return new Map(Array.from(p, (v, k) => [`P(${k.toString(2).padStart(qubits.length, '0')})`, v]));
}

const dir = mkdtempSync(join(tmpdir(), 'qml-python-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TOOLS: [string, string, (src: ExportSource) => ExportResult][] = [
  ['Qiskit', 'qiskit', exportQiskit],
  ['PennyLane', 'pennylane', exportPennyLane],
];

for (const [tool, pkg, exporter] of TOOLS) {
  const available = importable(pkg);
  if (!available)
    console.info(`Skipping the ${tool} run test: python3 cannot import ${pkg} on this machine.`);

  describe.skipIf(!available)(`${tool} scripts run`, () => {
    for (const controlled of [false, true])
      it.each(READOUTS)(
        `print our simulator's numbers (${controlled ? 'with' : 'without'} extra controls), readout $name`,
        ({ name, readout }) => {
          const src = sourceOf(gateSetCircuit(controlled), readout);
          const file = join(
            dir,
            `${pkg}-${controlled ? 'c' : 'u'}-${name.replace(/\W+/g, '_')}.py`,
          );
          writeFileSync(file, exporter(src).text);
          const run = spawnSync('python3', [file], { encoding: 'utf8', timeout: 300_000 });
          expect(run.status, run.stderr).toBe(0);
          const got = printed(run.stdout);
          const want = simulated(src);
          expect(got.size).toBeGreaterThan(0);
          // Qiskit prints only the probabilities that are not zero: a missing label reads as 0.
          for (const key of new Set([...got.keys(), ...want.keys()]))
            expect(Math.abs((got.get(key) ?? 0) - (want.get(key) ?? 0)), key).toBeLessThanOrEqual(TOLERANCE); // prettier-ignore
        },
      );
  });
}
