// The circuit editor: palette, grid and the selected gate's settings. Drag gates from the palette
// onto a wire (or press them: they land at the cursor), drag placed gates to move them (Alt or
// Shift: copy), off the circuit to delete, or by one end to stretch it (EditorGrid says which
// part is which); every edit is undoable and re-simulated at once.
import { useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import {
  deleteGate,
  endToStretch,
  moveEnd,
  moveGate,
  placeGate,
  spanOf,
} from '../experiment/circuit';
import type { EditorCircuit } from '../experiment/circuit';
import { schemaFor } from '../experiment/tasks/registry';
import { useLab } from '../store/store';
import { dropEdit } from './dropAction';
import { EditorToolbar } from './EditorToolbar';
import { EditorGrid } from './EditorGrid';
import { gateForKey, KEY_HELP } from './editorKeys';
import { GateInspector } from './GateInspector';
import { paletteName } from './gateText';
import { Palette } from './Palette';
import { trainedValues } from './trainedValues';
import { useDragDrop, type DragSource, type Slot } from './useDragDrop';
import './keyHelp.css';

/** The gate whose span covers this slot, if any. */
function gateAt(c: EditorCircuit, q: number, column: number) {
  return c.gates.find((g) => {
    if (g.column !== column) return false;
    const [a, b] = spanOf(g);
    return q >= a && q <= b;
  });
}

const HINT = 'Drag gates onto the wires, or focus the grid and use the keys (press ? for help).';

interface Props {
  circuit: EditorCircuit;
  /** Value of each trainable parameter, by compiled name (initial draws, then trained). */
  params: ReadonlyMap<string, number>;
}

export function CircuitEditor({ circuit, params }: Props) {
  const { editCircuit: edit, setCursor, select } = useLab.getState();
  const cursor = useLab((s) => s.cursor);
  const selected = useLab((s) => s.selected);
  const message = useLab((s) => s.editorMessage);
  const [help, setHelp] = useState(false);
  const gridRef = useRef<HTMLDivElement>(null);

  const drop = (source: DragSource, slot: Slot | null): void => {
    if (!slot) {
      // A placed gate dragged off the circuit goes; anything else dropped there does nothing.
      if (source.kind === 'move' && edit((c) => deleteGate(c, source.id))) select(null);
      return;
    }
    // A stretch back onto its own wire changes nothing (and so records no undo step).
    if (source.kind === 'stretch' && slot.qubit === source.from) return;
    if (source.kind !== 'move' && source.kind !== 'stretch') setCursor(slot);
    edit(dropEdit(circuit, source, slot, selected));
  };

  /** A palette entry pressed or activated with Enter/Space: it lands at the cursor, which moves on. */
  const activate = (source: DragSource): void => {
    if (source.kind === 'move' || source.kind === 'stretch') return;
    if (!edit(dropEdit(circuit, source, cursor, selected)) || source.kind !== 'new') return;
    const now = useLab.getState().experiment;
    const last = (schemaFor(now).circuit(now) ?? circuit).columns;
    setCursor({ qubit: cursor.qubit, column: Math.min(cursor.column + 1, last) });
  };

  const click = (source: DragSource): void => {
    if (source.kind === 'move' || source.kind === 'stretch')
      select(selected === source.id ? null : source.id);
    else activate(source);
  };

  const { drag, start } = useDragDrop(drop, click);

  const focusSlot = (q: number, column: number): void => {
    const qq = Math.max(0, Math.min(circuit.qubits - 1, q));
    const cc = Math.max(0, Math.min(circuit.columns, column));
    setCursor({ qubit: qq, column: cc });
    gridRef.current
      ?.querySelector<HTMLElement>(`[data-slot][data-qubit="${qq}"][data-column="${cc}"]`)
      ?.focus();
  };

  const onKey = (e: KeyboardEvent): void => {
    const target = e.target as HTMLElement;
    if (target.closest('input, select, textarea')) return;
    if (e.key === 'Escape') {
      select(null);
      setHelp(false);
      return;
    }
    if (e.key === '?') {
      setHelp((h) => !h);
      e.preventDefault();
      return;
    }
    // Every other key acts on the grid cursor, and only from the grid: Enter and Space on a
    // palette entry or a button keep their own meaning.
    if (!target.closest('[data-editor-grid]')) return;
    const { qubit: q, column: c } = cursor;
    const here = gateAt(circuit, q, c);
    const arrows: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const step = arrows[e.key];
    const plain = !e.ctrlKey && !e.metaKey && !e.altKey;
    if (step && e.altKey && e.shiftKey && step[0] !== 0 && here) {
      // Stretch: the end under the cursor (which follows it), else the gate's last end.
      const end = endToStretch(here, q);
      if (typeof end === 'string') edit(() => ({ ok: false, reason: end }));
      else if (edit((x) => moveEnd(x, here.id, end, end + step[0])) && end === q)
        focusSlot(q + step[0], c);
    } else if (step && e.altKey && here) {
      const first = here.targets[0]! + step[0];
      if (edit((x) => moveGate(x, here.id, here.column + step[1], first)))
        focusSlot(q + step[0], c + step[1]);
    } else if (step) focusSlot(q + step[0], c + step[1]);
    else if (e.key === 'Delete' || e.key === 'Backspace') {
      if (here && edit((x) => deleteGate(x, here.id))) select(null);
    } else if (e.key === 'Enter') select(here ? here.id : null);
    else if (plain && (e.key === '.' || e.key.toLowerCase() === 'o')) {
      edit(dropEdit(circuit, { kind: 'control', state: e.key === '.' ? 1 : 0 }, cursor, selected));
    } else if (plain) {
      const gate = gateForKey(e.key, e.shiftKey);
      if (!gate) return;
      if (edit((x) => placeGate(x, gate, c, q))) focusSlot(q, Math.min(c + 1, circuit.columns));
    } else return;
    e.preventDefault();
  };

  const sel = circuit.gates.find((g) => g.id === selected);
  const values = useMemo(() => trainedValues(circuit, params), [circuit, params]);
  // The drop under the pointer, tried on the current circuit: its refusal is the hover message.
  const over = drag?.over ?? null;
  const source = drag?.source;
  const [oq, oc] = [over?.qubit, over?.column];
  const preview = useMemo(
    () =>
      source && oq !== undefined && oc !== undefined
        ? dropEdit(circuit, source, { qubit: oq, column: oc }, selected)(circuit)
        : null,
    [circuit, source, oq, oc, selected],
  );
  const refusedHere = preview !== null && !preview.ok ? preview.reason : null;
  // A stretch that would work is drawn done while the pointer is down (as in Quirk).
  const shown = source?.kind === 'stretch' && preview?.ok ? preview.circuit : circuit;
  const releaseText =
    source?.kind === 'stretch' && oq !== undefined
      ? oq === source.from
        ? 'Drag up or down to move this end to another wire.'
        : `Release to move this end to qubit ${oq}.`
      : 'Release to drop it here.';

  return (
    <div className="circuit-editor" onKeyDown={onKey} ref={gridRef}>
      <EditorToolbar circuit={circuit} onHelp={() => setHelp((h) => !h)} />
      <Palette onPress={start} onActivate={activate} />
      <EditorGrid
        circuit={shown}
        cursor={cursor}
        selected={selected}
        over={over}
        overRefused={refusedHere !== null}
        values={values}
        onPress={start}
        onSlotFocus={setCursor}
      />
      <p
        className={`editor-message ${drag ? (refusedHere ? 'refused' : '') : (message?.kind ?? '')}`}
        role={!drag && message?.kind === 'refused' ? 'alert' : 'status'}
      >
        {drag ? (refusedHere ?? (over ? releaseText : HINT)) : (message?.text ?? HINT)}
      </p>
      {sel && (
        <GateInspector key={sel.id} circuit={circuit} gate={sel} values={values.get(sel.id)} />
      )}
      {drag && drag.source.kind !== 'stretch' && (
        <div
          className={`drag-ghost${refusedHere ? ' refused' : ''}`}
          style={{ left: drag.x, top: drag.y }}
          aria-hidden="true"
        >
          {drag.source.kind === 'new'
            ? paletteName(drag.source.gate)
            : drag.source.kind === 'control'
              ? drag.source.state
                ? '●'
                : '○'
              : drag.source.copy
                ? 'copy'
                : 'move'}
        </div>
      )}
      {help && (
        <div className="key-help" role="dialog" aria-label="Editor keys">
          <h3>Keys</h3>
          <dl>
            {KEY_HELP.map(([k, what]) => (
              <div key={k}>
                <dt>{k}</dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
          <div className="key-help-close">
            <button type="button" onClick={() => setHelp(false)}>
              Close
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
