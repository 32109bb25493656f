// Circuits in and out as a new user moves them: paste an OpenQASM Bell circuit into "Import
// circuit", open it in the sandbox and read |00⟩ 0.500 and |11⟩ 0.500, export it again and get the
// same text; a broken file is refused with its line and column and changes nothing; a Quirk link
// opens with its displays listed as not imported; an OpenQASM 3 circuit with inputs trains as the
// classifier and exports to Qiskit with its trained values. Keeps screenshots of both dialogs.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { READY, reachEpoch, suiteBrowser } from './browser';
import { liveProbability } from './figures';

const BELL = `OPENQASM 2.0;
include "qelib1.inc";
qreg q[2];
creg c[2];
h q[0];
cx q[0], q[1];
measure q -> c;
`;

/** A re-uploading-like classifier: inputs x1 and x2 as features, trainable variables with values. */
const CLASSIFIER = `OPENQASM 3.0;
include "stdgates.inc";
input float[64] x1;
input float[64] x2;
float[64] w1 = 1.0;
float[64] b1 = 0.0;
float[64] w2 = 1.0;
float[64] b2 = 0.0;
float[64] θ1 = 0.1;
qubit[2] q;
ry(w1 * x1 + b1) q[0];
ry(w2 * x2 + b2) q[1];
cz q[0], q[1];
ry(θ1) q[0];
`;

/** Lines that are not comments, trimmed: what a tool reads of the text. */
const code = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('//') && !l.startsWith('#'));

async function importText(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Import circuit' }).click();
  await page.getByRole('textbox', { name: 'Circuit to import' }).fill(text);
}

async function exported(page: Page, format: string): Promise<string> {
  await page.getByRole('combobox', { name: 'Format' }).selectOption({ label: format });
  return page.getByRole('textbox', { name: `Exported ${format}` }).inputValue();
}

describe('circuits in and out', () => {
  const s = suiteBrowser({ width: 1280, height: 900 });

  it('imports a pasted OpenQASM Bell circuit into the sandbox and exports the same text', async () => {
    const { page } = s;
    await page.goto(inject('baseUrl'));
    await page.getByText('Epoch 0', { exact: true }).waitFor();
    await importText(page, BELL);
    const dialog = page.getByRole('dialog', { name: 'Import a circuit' });
    await dialog.getByText('OpenQASM 2.0: 2 qubits, 2 gates in 2 steps; measures qubits 0, 1.').waitFor(); // prettier-ignore
    await dialog.getByRole('img', { name: 'The circuit as read' }).waitFor();
    await page.screenshot({ path: 'test-results/exchange-import.png' });
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    await expect.poll(() => page.getByLabel('Task').inputValue()).toBe('circuit');
    await page.getByText('Steps 2', { exact: true }).waitFor();
    await expect.poll(() => liveProbability(page, '|00⟩'), READY).toBe(0.5);
    expect(await liveProbability(page, '|11⟩')).toBe(0.5);
    expect(await liveProbability(page, '|01⟩')).toBe(0);

    await page.getByRole('button', { name: 'Export circuit' }).click();
    const qasm2 = await exported(page, 'OpenQASM 2.0');
    expect(code(qasm2)).toEqual(code(BELL));
    const quirk = await exported(page, 'Quirk link');
    expect(decodeURIComponent(quirk.split('#circuit=')[1]!)).toBe('{"cols":[["H"],["•","X"]]}');
    await page.screenshot({ path: 'test-results/exchange-export.png' });
    await page.getByRole('button', { name: 'Done' }).click();
    expect(s.errors).toEqual([]);
  });

  it('refuses a broken file with its line and column, and keeps the circuit', async () => {
    const { page } = s;
    await importText(page, BELL.replace('cx q[0], q[1];', 'cx q[0], q[7];'));
    const dialog = page.getByRole('dialog', { name: 'Import a circuit' });
    await dialog
      .getByRole('alert')
      .filter({ hasText: /^Line 6, column \d+: / })
      .waitFor();
    expect(await dialog.getByRole('button', { name: 'Open', exact: true }).isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText('Steps 2', { exact: true }).waitFor();
    expect(await liveProbability(page, '|11⟩')).toBe(0.5);
    expect(s.errors).toEqual([]);
  });

  it('reads a picked file, then opens a Quirk link, listing its display as not imported', async () => {
    const { page } = s;
    // A file picked from the disk is read into the box, then replaced by a pasted link.
    await page.getByRole('button', { name: 'Import circuit' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a circuit' });
    const ghz = BELL.replace('qreg q[2];', 'qreg q[3];').replace('creg c[2];', 'creg c[3];');
    await dialog.getByLabel('Circuit file').setInputFiles({ name: 'ghz.qasm', mimeType: 'text/plain', buffer: Buffer.from(ghz.replace('measure', 'cx q[1], q[2];\nmeasure')) }); // prettier-ignore
    await dialog.getByText(/^OpenQASM 2\.0: 3 qubits, 3 gates/).waitFor();
    const json = '{"cols":[["H"],["•","X"],[1,"•","X"],["Bloch"]]}';
    await page.getByRole('textbox', { name: 'Circuit to import' }).fill(`https://algassert.com/quirk#circuit=${encodeURIComponent(json)}`); // prettier-ignore
    await dialog.getByText(/^Quirk: 3 qubits, 3 gates/).waitFor();
    const skipped = dialog.getByRole('list', { name: 'Not imported' });
    expect(await skipped.innerText()).toMatch(/column 4.*Bloch/i);
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    await page.getByText('Qubits 3', { exact: true }).waitFor();
    await expect.poll(() => liveProbability(page, '|000⟩'), READY).toBe(0.5);
    expect(await liveProbability(page, '|111⟩')).toBe(0.5);
    expect(s.errors).toEqual([]);
  });

  it('trains an OpenQASM 3 circuit with inputs as the classifier and exports it to Qiskit', async () => {
    const { page } = s;
    await page.getByLabel('Task').selectOption({ label: 'Classification' });
    const play = page.getByRole('button', { name: 'Play' });
    await expect.poll(() => play.isEnabled(), READY).toBe(true);
    await importText(page, CLASSIFIER);
    const dialog = page.getByRole('dialog', { name: 'Import a circuit' });
    await dialog.getByText(/^OpenQASM 3: 2 qubits, 4 gates/).waitFor();
    const here = dialog.getByRole('radio', { name: 'Classification: the model, built in the editor' }); // prettier-ignore
    await here.check();
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    await expect.poll(() => page.getByLabel('Model', { exact: true }).inputValue()).toBe('circuit');
    await page.getByText('Qubits 2', { exact: true }).waitFor();
    await expect.poll(() => play.isEnabled(), READY).toBe(true);
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await reachEpoch(page, 1);

    await page.getByRole('button', { name: 'Export circuit' }).click();
    const qiskit = await exported(page, 'Qiskit (Python)');
    for (const name of ['x1', 'x2', 'w1', 'b2', 'θ1'])
      expect(qiskit).toContain(`${name} = Parameter("${name}")`);
    expect(qiskit).toContain('qc.ry(w1 * x1 + b1, 0)');
    // The trained value, not the file's starting one (training draws its own).
    const theta = Number(/^ {4}θ1: (\S+),$/m.exec(qiskit)?.[1]);
    expect(Number.isFinite(theta)).toBe(true);
    const qasm3 = await exported(page, 'OpenQASM 3');
    expect(qasm3).toMatch(/^input float\[64\] x1;$/m);
    expect(qasm3).toContain(`float[64] θ1 = ${theta};`);
    await page.getByRole('button', { name: 'Done' }).click();
    expect(s.errors).toEqual([]);
  });
});
