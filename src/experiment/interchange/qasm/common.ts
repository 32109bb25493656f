// What the OpenQASM 2 and 3 exporters write alike: the header, the readout and noise comments,
// the qubits measured, and a definition body's gate lines.

import type { ResolvedCircuit } from '../resolve';
import type { ExportReadout, ExportSource } from '../types';
import type { Prim, PrimGate } from './decompose';
import { linText, numberText } from './format';

/** Comment lines shared by both versions: title, readout, and where each channel was. */
export interface Commented {
  header: string[];
  readout: string[];
  /** Comment lines to write before op i (index ops.length: after the last). */
  noiseBefore: string[][];
  notes: string[];
}

function termsText(readout: Extract<ExportReadout, { kind: 'observable' }>): string[] {
  return readout.terms.map((t) => {
    const ops = Object.entries(t.ops)
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([q, p]) => `${p}${q}`);
    return `//   ${t.coeff < 0 ? '-' : '+'} ${numberText(Math.abs(t.coeff))} ${ops.join(' ') || 'I'}`;
  });
}

/** The comments and notes both versions write, from the resolved circuit and the source. */
export function commentary(src: ExportSource, r: ResolvedCircuit, format: string): Commented {
  const header = [`// ${src.title}`, '// exported by QML Playground'];
  const notes: string[] = [];
  if (src.circuit.blocks.length > 0) {
    notes.push('Repeated blocks are written out, one copy after another.');
  }
  const readout: string[] = [];
  const ro = src.readout;
  if (ro?.kind === 'observable') {
    readout.push(`// readout: ${ro.label}, the expectation of`, ...termsText(ro));
  } else if (ro?.kind === 'bloch') {
    readout.push(`// readout: the Bloch vector (⟨X⟩, ⟨Y⟩, ⟨Z⟩) of qubit ${ro.qubit}`);
  }
  const noiseBefore: string[][] = Array.from({ length: r.ops.length + 1 }, () => []);
  for (const ch of r.channels) {
    noiseBefore[ch.after + 1]!.push(`// noise: ${ch.description} (left out)`);
    notes.push(`${format} has no noise channels; left out: ${ch.description}.`);
  }
  return { header, readout, noiseBefore, notes };
}

/** Qubits to measure: every one (null, the sandbox), the probability readout's, or none. */
export function measuredQubits(src: ExportSource, qubits: number): number[] {
  if (src.readout === null) return Array.from({ length: qubits }, (_, q) => q);
  return src.readout.kind === 'probabilities' ? [...src.readout.qubits] : [];
}

/**
 * The measurement lines: `whole` when every qubit is measured in order, else `one(q, j)` for the
 * j-th measured qubit q; none when the readout measures nothing.
 */
export function measureLines(
  src: ExportSource,
  qubits: number,
  whole: string,
  one: (q: number, j: number) => string,
): string[] {
  const measured = measuredQubits(src, qubits);
  if (measured.length === 0) return [];
  const all = measured.length === qubits && measured.every((q, i) => q === i);
  return all ? [whole] : measured.map(one);
}

/** Writes a definition body's gates with the given names for angles and qubits. */
export function primLine(
  p: Prim,
  angles: readonly string[],
  qubits: readonly string[],
  names: Partial<Record<PrimGate, string>> = {},
): string {
  const a = p.angles.length > 0 ? `(${p.angles.map((l) => linText(l, angles)).join(', ')})` : '';
  return `${names[p.gate] ?? p.gate}${a} ${p.qubits.map((q) => qubits[q]!).join(', ')};`;
}
