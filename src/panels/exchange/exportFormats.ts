// The formats "Export circuit" writes, each with its exporter and the file it downloads as.
import { exportPennyLane } from '../../experiment/interchange/python/pennylane';
import { exportQiskit } from '../../experiment/interchange/python/qiskit';
import { exportQasm2, exportQasm3 } from '../../experiment/interchange/qasm/export';
import { exportQuirk } from '../../experiment/interchange/quirk/export';
import type { ExportResult, ExportSource } from '../../experiment/interchange/types';

export interface ExportFormat {
  value: 'qasm3' | 'qasm2' | 'qiskit' | 'pennylane' | 'quirk';
  label: string;
  /** The downloaded file's name; null for a link (copied or opened, not saved). */
  file: string | null;
  /** What the text is good for, one line under the box. */
  hint: string;
  write(src: ExportSource): ExportResult;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    value: 'qasm3',
    label: 'OpenQASM 3',
    file: 'circuit.qasm',
    hint: 'Trainable parameters are float variables with their values; input features are inputs.',
    write: exportQasm3,
  },
  {
    value: 'qasm2',
    label: 'OpenQASM 2.0',
    file: 'circuit.qasm',
    hint: 'Every angle is a number: parameters at their values, features at the live point.',
    write: exportQasm2,
  },
  {
    value: 'qiskit',
    label: 'Qiskit (Python)',
    file: 'circuit_qiskit.py',
    hint: 'Runs as it is with Qiskit 1.x and prints what the model reads out.',
    write: exportQiskit,
  },
  {
    value: 'pennylane',
    label: 'PennyLane (Python)',
    file: 'circuit_pennylane.py',
    hint: 'Runs as it is with PennyLane and prints what the model reads out.',
    write: exportPennyLane,
  },
  {
    value: 'quirk',
    label: 'Quirk link',
    file: null,
    hint: 'Opens the same circuit in Quirk, with every angle fixed.',
    write: exportQuirk,
  },
];

/** The text of `format`, or the reason it cannot be written (a value missing, a gate too many). */
export function writeExport(
  format: ExportFormat,
  src: ExportSource,
): { ok: true; value: ExportResult } | { ok: false; reason: string } {
  try {
    return { ok: true, value: format.write(src) };
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
}
