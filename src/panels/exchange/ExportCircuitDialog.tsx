// "Export circuit": the experiment's circuit with its current (trained) parameter values as
// OpenQASM 3 or 2.0, Qiskit or PennyLane code that runs as it is, or a Quirk link; the text to
// copy or download, what the format could not carry, and the circuit drawn (its image menu saves
// SVG and PNG). The values are the worker's: the trained ones once training has run.
import { useRef, useState } from 'react';
import { compileEditorCircuit, type EditorCircuit } from '../../experiment/circuit';
import type { ExportSource } from '../../experiment/interchange/types';
import { schemaFor } from '../../experiment/tasks/registry';
import type { Experiment } from '../../experiment/types';
import type { Circuit } from '../../../workers/sim';
import { CircuitDiagram } from '../../editor/CircuitDiagram';
import { useLab } from '../../store/store';
import { TASK_UIS } from '../../tasks/registry';
import { lab } from '../../worker/labClient';
import { downloadText } from '../downloadText';
import { EXPORT_FORMATS, writeExport } from './exportFormats';
import './exchange.css';

type Prepared =
  | { kind: 'ready'; src: ExportSource; program: Circuit }
  | { kind: 'none'; reason: string }
  | { kind: 'loading' };

/** Why this experiment has no circuit to export, in words that say what to do. */
function noCircuitReason(e: Experiment): string {
  const label = schemaFor(e).label;
  if (e.task === 'classify' || e.task === 'vqe')
    return `The ${label} model here is a preset. Choose “Circuit editor” as the model to see its circuit in the editor, then export it.`; // prettier-ignore
  return `The ${label} task has no circuit of the editor to export.`;
}

/** The circuit, its parameter values (the worker's, trained or drawn) and its readout. */
async function prepare(e: Experiment, circuit: EditorCircuit): Promise<Prepared> {
  const { livePoint, info } = useLab.getState();
  const compiled = compileEditorCircuit(circuit);
  const point = Array.from({ length: compiled.numFeatures }, (_, k) => livePoint[k] ?? 0);
  const view = await lab.inspect(compiled.circuit, point, e.training.seed);
  const values = new Map(compiled.paramNames.map((n, i) => [n, view.params[i] ?? NaN]));
  const readout = TASK_UIS[e.task].exportReadout?.(e, info) ?? null;
  const src = { circuit, values, point, readout, title: `QML Playground: ${schemaFor(e).label}` };
  return { kind: 'ready', src, program: compiled.circuit };
}

export function ExportCircuitDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [prepared, setPrepared] = useState<Prepared>({ kind: 'loading' });
  const [formatName, setFormatName] = useState<string>(EXPORT_FORMATS[0]!.value);
  const [copied, setCopied] = useState<string | null>(null);
  const format = EXPORT_FORMATS.find((f) => f.value === formatName) ?? EXPORT_FORMATS[0]!;

  const show = (): void => {
    const e = useLab.getState().experiment;
    const circuit = schemaFor(e).circuit(e);
    setCopied(null);
    dialog.current?.showModal();
    if (!circuit) {
      setPrepared({ kind: 'none', reason: noCircuitReason(e) });
      return;
    }
    setPrepared({ kind: 'loading' });
    prepare(e, circuit).then(setPrepared, (err: unknown) =>
      setPrepared({ kind: 'none', reason: `The circuit could not be simulated: ${String(err)}` }),
    );
  };
  const written = prepared.kind === 'ready' ? writeExport(format, prepared.src) : null;
  const text = written?.ok ? written.value.text : '';

  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(`${format.label} copied (${text.length} characters).`);
    } catch {
      setCopied('Copy it from the box: select it and press Ctrl+C.');
    }
  };

  return (
    <>
      <button type="button" onClick={show}>
        Export circuit
      </button>
      <dialog ref={dialog} className="exchange" aria-labelledby="export-heading">
        <h2 id="export-heading">Export the circuit</h2>
        {prepared.kind === 'none' && <p role="alert">{prepared.reason}</p>}
        {prepared.kind === 'loading' && <p className="hint">Reading the parameter values…</p>}
        {prepared.kind === 'ready' && (
          <>
            <label className="exchange-format">
              Format
              <select
                value={format.value}
                onChange={(e) => {
                  setFormatName(e.target.value);
                  setCopied(null);
                }}
              >
                {EXPORT_FORMATS.map((f) => (
                  <option key={f.value} value={f.value}>
                    {f.label}
                  </option>
                ))}
              </select>
            </label>
            <p className="hint">{format.hint}</p>
            {written && !written.ok && (
              <p className="field-error" role="alert">
                {written.reason}
              </p>
            )}
            <textarea
              className="exchange-text"
              readOnly
              rows={12}
              spellCheck={false}
              value={text}
              aria-label={`Exported ${format.label}`}
              onFocus={(e) => e.target.select()}
            />
            {written?.ok && written.value.notes.length > 0 && (
              <ul aria-label="What the format does not carry">
                {written.value.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            )}
            <div className="exchange-row">
              <button type="button" disabled={!text} onClick={() => void copy()}>
                Copy
              </button>
              {format.file ? (
                <button
                  type="button"
                  disabled={!text}
                  onClick={() => downloadText(format.file!, text, 'text/plain')}
                >
                  Download {format.file}
                </button>
              ) : (
                text && (
                  <a href={text} target="_blank" rel="noopener noreferrer">
                    Open in Quirk
                  </a>
                )
              )}
            </div>
            {copied && (
              <p className="hint" role="status">
                {copied}
              </p>
            )}
            <div className="exchange-picture">
              <CircuitDiagram circuit={prepared.program} label="Exported circuit" maxWidth={640} />
            </div>
          </>
        )}
        <div className="exchange-row">
          <button type="button" className="primary" onClick={() => dialog.current?.close()}>
            Done
          </button>
        </div>
      </dialog>
    </>
  );
}
