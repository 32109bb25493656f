// Grid edits: qubits (1–24), time steps (add, insert or delete at the cursor), repeat a range of
// steps as layers, and the keys help.
import { useState } from 'react';
import {
  CIRCUIT_LIMITS,
  addColumn,
  addQubit,
  deleteColumn,
  insertColumn,
  removeQubit,
  repeatColumns,
} from '../experiment/circuit';
import type { EditorCircuit } from '../experiment/circuit';
import { useLab } from '../store/store';
import { DraftNumberInput } from './DraftNumberInput';

const [MIN_REPEAT, MAX_REPEAT] = CIRCUIT_LIMITS.repeat;

interface Props {
  circuit: EditorCircuit;
  onHelp(): void;
}

export function EditorToolbar({ circuit, onHelp }: Props) {
  const edit = useLab((s) => s.editCircuit);
  const cursor = useLab((s) => s.cursor);
  // The range to repeat: from step 1 to the last step (`to` null follows the last step), reset
  // whenever the number of steps changes, so it never points past the end of a new circuit.
  const [range, setRange] = useState({
    from: 1,
    to: null as number | null,
    steps: circuit.columns,
  });
  if (range.steps !== circuit.columns) setRange({ from: 1, to: null, steps: circuit.columns });
  const [times, setTimes] = useState(2);
  const from = Math.min(Math.max(1, range.from), circuit.columns);
  const to = Math.min(Math.max(1, range.to ?? circuit.columns), circuit.columns);
  const refuse = (text: string): false => {
    useLab.setState({ editorMessage: { kind: 'refused', text } });
    return false;
  };
  const stepIn = (n: number, set: (n: number) => void): boolean => {
    if (n < 1 || n > circuit.columns)
      return refuse(`The circuit has time steps 1 to ${circuit.columns}; ${n} is not one of them.`);
    set(n);
    return true;
  };
  const stepsWhat = `a time step from 1 to ${circuit.columns}`;
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
          <DraftNumberInput
            value={from}
            label="First step to repeat"
            what={stepsWhat}
            onCommit={(n) => stepIn(n, (f) => setRange((r) => ({ ...r, from: f })))}
            onInvalid={refuse}
          />
        </label>
        <label>
          to
          <DraftNumberInput
            value={to}
            label="Last step to repeat"
            what={stepsWhat}
            onCommit={(n) => stepIn(n, (t) => setRange((r) => ({ ...r, to: t })))}
            onInvalid={refuse}
          />
        </label>
        <label>
          ×
          <DraftNumberInput
            value={times}
            label="Repetitions"
            what={`how many times to repeat, ${MIN_REPEAT} to ${MAX_REPEAT}`}
            onCommit={(n) => {
              if (n < MIN_REPEAT || n > MAX_REPEAT)
                return refuse(
                  `A block repeats ${MIN_REPEAT} to ${MAX_REPEAT} times; ${n} is not possible.`,
                );
              setTimes(n);
              return true;
            }}
            onInvalid={refuse}
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
