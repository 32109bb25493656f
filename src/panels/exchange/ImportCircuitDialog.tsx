// "Import circuit": paste OpenQASM 2 or 3 or a Quirk link, drop or pick a file, or fetch an
// address; the dialog reads it as it changes and shows what it found (the circuit drawn, what was
// rewritten, what could not come), then opens it in the task's circuit or in the sandbox. Nothing
// the user built changes until Open succeeds; a refusal says where and why.
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import type { DragEvent } from 'react';
import { compileEditorCircuit, type EditorCircuit } from '../../experiment/circuit';
import { importTargets, planImport, type ImportTarget } from '../../experiment/interchange/apply';
import { importCircuitText, MAX_IMPORT_CHARS, sourceKind } from '../../experiment/interchange/importAny'; // prettier-ignore
import { CircuitDiagram } from '../../editor/CircuitDiagram';
import { useLab } from '../../store/store';
import { FileButton } from '../FileButton';
import { fetchCircuitText } from './fetchText';
import './exchange.css';

/** Stands for the circuit while nothing is read yet: the targets depend on the task alone. */
const EMPTY: EditorCircuit = { qubits: 1, columns: 1, gates: [], blocks: [] };

const FORMAT_NAMES = { qasm2: 'OpenQASM 2.0', qasm3: 'OpenQASM 3', quirk: 'Quirk' } as const;

/** Importers start their notes with a place ("line 7: …", "column 4, wire 0: …"). */
const sentence = (n: string): string => n.charAt(0).toUpperCase() + n.slice(1);

export function ImportCircuitDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [target, setTarget] = useState<ImportTarget | null>(null);
  const experiment = useLab((s) => s.experiment);
  const { notify, openExperiment, setPendingWeights } = useLab.getState();
  const shown = useDeferredValue(text);
  const result = useMemo(() => (shown.trim() ? importCircuitText(shown) : null), [shown]);
  const program = useMemo(
    () => (result?.ok ? compileEditorCircuit(result.value.circuit).circuit : null),
    [result],
  );
  const targets = importTargets(experiment, result?.ok ? result.value.circuit : EMPTY);
  const chosen = targets.find((t) => t.value === target) ?? targets[0]!;

  const edit = (t: string): void => {
    setText(t);
    setProblem(null);
  };
  const readFile = async (file: File): Promise<void> => {
    if (file.size > MAX_IMPORT_CHARS) {
      setProblem(`“${file.name}” is ${(file.size / 1e6).toFixed(1)} MB; a circuit file is at most 1 MB.`); // prettier-ignore
      return;
    }
    edit(await file.text());
  };
  const fetchAddress = async (): Promise<void> => {
    setProblem('Fetching…');
    const r = await fetchCircuitText(text.trim());
    if (r.ok) edit(r.text);
    else setProblem(r.reason);
  };
  const drop = (e: DragEvent): void => {
    e.preventDefault();
    const file = e.dataTransfer.files[0];
    if (file) void readFile(file);
    else edit(e.dataTransfer.getData('text/plain'));
  };
  const open = (): void => {
    if (!result?.ok) return;
    const r = planImport(useLab.getState().experiment, result.value, chosen.value);
    if (!r.ok) {
      setProblem(r.reason);
      return;
    }
    openExperiment(r.plan.experiment);
    setPendingWeights(r.plan.weights);
    const { qubits } = result.value.circuit;
    const gates = result.value.circuit.gates.length;
    notify({
      kind: 'info',
      message: [`Imported ${FORMAT_NAMES[result.value.format]}: ${qubits} qubits, ${gates} gates.`, ...r.plan.notes].join(' '), // prettier-ignore
    });
    dialog.current?.close();
  };

  const isUrl = sourceKind(text) === 'url';
  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()}>
        Import circuit
      </button>
      <dialog
        ref={dialog}
        className="exchange"
        aria-labelledby="import-heading"
        onDragOver={(e) => e.preventDefault()}
        onDrop={drop}
      >
        <h2 id="import-heading">Import a circuit</h2>
        <p className="hint">
          Paste OpenQASM 2.0 or 3, a Quirk link or its JSON, or drop a file here. Qubit 0 is the top
          wire, as in Quirk and Qiskit.
        </p>
        <textarea
          className="exchange-text"
          rows={8}
          value={text}
          spellCheck={false}
          aria-label="Circuit to import"
          placeholder={'OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[2];\nh q[0];\ncx q[0], q[1];'}
          onChange={(e) => edit(e.target.value)}
        />
        <div className="exchange-row">
          <FileButton
            accept=".qasm,.txt,.json,text/plain,application/json"
            inputLabel="Circuit file"
            onFile={(f) => void readFile(f)}
          >
            Open a file
          </FileButton>
          {isUrl && (
            <button type="button" onClick={() => void fetchAddress()}>
              Open address
            </button>
          )}
        </div>
        {result && !result.ok && !isUrl && (
          <p className="field-error" role="alert">
            {result.error.message}
          </p>
        )}
        {result?.ok && program && (
          <div className="exchange-found" role="status">
            <p>
              {FORMAT_NAMES[result.value.format]}: {result.value.circuit.qubits} qubits,{' '}
              {result.value.circuit.gates.length} gates in {result.value.circuit.columns} steps
              {result.value.measured.length > 0 &&
                `; measures qubits ${result.value.measured.join(', ')}`}
              .
            </p>
            {result.value.notes.length > 0 && (
              <ul aria-label="What changed on the way in">
                {result.value.notes.map((n) => (
                  <li key={n}>{sentence(n)}</li>
                ))}
              </ul>
            )}
            {result.value.skipped.length > 0 && (
              <ul aria-label="Not imported" className="exchange-skipped">
                {result.value.skipped.map((n) => (
                  <li key={n}>{sentence(n)}</li>
                ))}
              </ul>
            )}
            <div className="exchange-picture">
              <CircuitDiagram circuit={program} label="The circuit as read" maxWidth={640} />
            </div>
          </div>
        )}
        {problem && (
          <p className={problem === 'Fetching…' ? 'hint' : 'field-error'} role="alert">
            {problem}
          </p>
        )}
        <fieldset className="exchange-targets">
          <legend>Open it in</legend>
          {targets.map((t) => (
            <label key={t.value} className="toggle">
              <input
                type="radio"
                name="import-target"
                checked={t.value === chosen.value}
                onChange={() => setTarget(t.value)}
              />
              {t.label}
            </label>
          ))}
        </fieldset>
        <div className="exchange-row">
          <button type="button" className="primary" disabled={!result?.ok} onClick={open}>
            Open
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </div>
      </dialog>
    </>
  );
}
