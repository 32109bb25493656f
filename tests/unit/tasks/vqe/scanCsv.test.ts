import { describe, expect, it } from 'vitest';
import { SCAN_CSV_HEADER, scanToCsv } from '../../../../src/tasks/vqe/scanCsv';
import type { ScanRow } from '../../../../src/tasks/vqe/scanCsv';

const rows: ScanRow[] = [
  { bondLength: 0.3, hartreeFock: -0.593828, vqe: -0.601804, exact: -0.6018037 },
  { bondLength: 0.7414, hartreeFock: -1.1169989, vqe: -1.1373055, exact: -1.137306 },
  { bondLength: 2.5, hartreeFock: -0.7029, vqe: null, exact: -0.936 },
];

describe('scanToCsv', () => {
  it('writes the header, then one line per row', () => {
    const lines = scanToCsv(rows).split('\n');
    expect(lines[0]).toBe('bond length (Å),Hartree–Fock (Ha),VQE (Ha),exact (Ha)');
    expect(lines[0]).toBe(SCAN_CSV_HEADER);
    expect(lines.slice(1)).toEqual([
      '0.300,-0.593828,-0.601804,-0.601804',
      '0.741,-1.116999,-1.137306,-1.137306',
      '2.500,-0.702900,,-0.936000',
      '',
    ]);
  });

  it('writes values that read back to within half the last decimal', () => {
    const lines = scanToCsv(rows).trimEnd().split('\n').slice(1);
    lines.forEach((line, i) => {
      const cells = line.split(',');
      const r = rows[i]!;
      expect(cells).toHaveLength(4);
      expect(Math.abs(Number(cells[0]) - r.bondLength)).toBeLessThanOrEqual(5e-4 + 1e-12);
      expect(Math.abs(Number(cells[1]) - r.hartreeFock)).toBeLessThanOrEqual(5e-7 + 1e-12);
      expect(Math.abs(Number(cells[3]) - r.exact)).toBeLessThanOrEqual(5e-7 + 1e-12);
      if (r.vqe === null) expect(cells[2]).toBe('');
      else expect(Math.abs(Number(cells[2]) - r.vqe)).toBeLessThanOrEqual(5e-7 + 1e-12);
    });
  });

  it('is the header alone for no rows, and never writes "-0"', () => {
    expect(scanToCsv([])).toBe(`${SCAN_CSV_HEADER}\n`);
    expect(scanToCsv([{ bondLength: 1, hartreeFock: -1e-9, vqe: 0, exact: -2e-8 }])).toBe(
      `${SCAN_CSV_HEADER}\n1.000,0.000000,0.000000,0.000000\n`,
    );
  });
});
