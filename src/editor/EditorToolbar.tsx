// Grid edits: qubits (1–24), time steps (add, insert or delete at the cursor), repeat a range of
// steps as layers, and the keys help.
import { useState } from 'react';
import {
  addColumn,
  addQubit,
  deleteColumn,
  insertColumn,
  removeQubit,
  repeatColumns,
} from '../experiment/circuit';
import type { EditorCircuit } from '../experiment/circuit';
import { useLab } from '../store/store';

interface Props {
  circuit: EditorCircuit;
  onHelp(): void;
}

export function EditorToolbar({ circuit, onHelp }: Props) {
  const edit = useLab((s) => s.editCircuit);
  const cursor = useLab((s) => s.cursor);
  const [from, setFrom] = useState(1);
  const [to, setTo] = useState(Math.max(1, circuit.columns));
  const [times, setTimes] = useState(2);
  const col = Math.min(cursor.column, circuit.columns - 1);
  return (
    <div className="editor-toolbar" role="toolbar" aria-label="Circuit size and layers">
      <span className="group">
        <span className="caption">Qubits {circuit.qubits}</span>
        <button
          type="button"
          aria-label="Remove the last qubit"
          onClick={() => edit((c) => removeQubit(c, c.qubits - 1))}
        >
          −
        </button>
        <button type="button" aria-label="Add a qubit" onClick={() => edit(addQubit)}>
          +
        </button>
      </span>
      <span className="group">
        <span className="caption">Steps {circuit.columns}</span>
        <button type="button" onClick={() => edit(addColumn)}>
          Add step
        </button>
        <button type="button" onClick={() => edit((c) => insertColumn(c, col))}>
          Insert step {col + 1}
        </button>
        <button type="button" onClick={() => edit((c) => deleteColumn(c, col))}>
          Delete step {col + 1}
        </button>
      </span>
      <span className="group">
        <label>
          Repeat steps
          <input
            type="number"
            min={1}
            max={circuit.columns}
            value={from}
            aria-label="First step to repeat"
            onChange={(e) => setFrom(Number(e.target.value))}
          />
        </label>
        <label>
          to
          <input
            type="number"
            min={1}
            max={circuit.columns}
            value={to}
            aria-label="Last step to repeat"
            onChange={(e) => setTo(Number(e.target.value))}
          />
        </label>
        <label>
          ×
          <input
            type="number"
            min={1}
            max={20}
            value={times}
            aria-label="Repetitions"
            onChange={(e) => setTimes(Number(e.target.value))}
          />
        </label>
        <button type="button" onClick={() => edit((c) => repeatColumns(c, from - 1, to, times))}>
          Repeat
        </button>
      </span>
      <button type="button" onClick={onHelp} aria-label="Editor keys">
        ?
      </button>
    </div>
  );
}
