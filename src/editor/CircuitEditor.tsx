// The circuit editor: palette, grid and the selected gate's settings. Drag gates from the palette
// onto a wire (or press them: they land at the cursor), drag placed gates to move them (Alt or
// Shift: copy), off the circuit to delete; every edit is undoable and re-simulated at once.
import { useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import {
  addControl,
  blockerOf,
  copyGate,
  deleteGate,
  moveGate,
  placeGate,
  spanOf,
} from '../experiment/circuit';
import type { EditorCircuit } from '../experiment/circuit';
import { useLab } from '../store/store';
import { EditorToolbar } from './EditorToolbar';
import { EditorGrid } from './EditorGrid';
import { gateForKey, KEY_HELP } from './editorKeys';
import { GateInspector } from './GateInspector';
import { paletteName } from './gateText';
import { Palette } from './Palette';
import { useDragDrop, type DragSource, type Slot } from './useDragDrop';

/** The gate whose span covers this slot, if any. */
function gateAt(c: EditorCircuit, q: number, column: number) {
  return c.gates.find((g) => {
    if (g.column !== column) return false;
    const [a, b] = spanOf(g);
    return q >= a && q <= b;
  });
}

interface Props {
  circuit: EditorCircuit;
  /** Trained value of each parameter, by name. */
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
    if (source.kind === 'move') {
      if (!slot) {
        if (edit((c) => deleteGate(c, source.id))) select(null);
        return;
      }
      const first = slot.qubit - source.grab;
      edit((c) =>
        source.copy
          ? copyGate(c, source.id, slot.column, first)
          : moveGate(c, source.id, slot.column, first),
      );
      return;
    }
    if (!slot) return;
    setCursor(slot);
    if (source.kind === 'new') edit((c) => placeGate(c, source.gate, slot.column, slot.qubit));
    else controlAt(slot, source.state);
  };

  /** A control dot joins the gate in its column (the selected one when the column has several). */
  const controlAt = (slot: Slot, state: 0 | 1): void => {
    const inColumn = circuit.gates.filter((g) => g.column === slot.column);
    const target =
      inColumn.find((g) => g.id === selected) ?? (inColumn.length === 1 ? inColumn[0] : undefined);
    if (!target) {
      useLab.setState({
        editorMessage: {
          kind: 'refused',
          text: inColumn.length
            ? 'This step has several gates: select the one to control first.'
            : 'Drop a control in the step of the gate it should control.',
        },
      });
      return;
    }
    edit((c) => addControl(c, target.id, slot.qubit, state));
  };

  const click = (source: DragSource): void => {
    if (source.kind === 'move') {
      select(selected === source.id ? null : source.id);
      return;
    }
    drop(source, cursor);
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
    if ((e.target as HTMLElement).closest('input, select, textarea')) return;
    const { qubit: q, column: c } = cursor;
    const here = gateAt(circuit, q, c);
    const arrows: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const step = arrows[e.key];
    if (step && e.altKey && here) {
      const first = here.targets[0]! + step[0];
      if (edit((x) => moveGate(x, here.id, here.column + step[1], first)))
        focusSlot(q + step[0], c + step[1]);
    } else if (step) focusSlot(q + step[0], c + step[1]);
    else if (e.key === 'Delete' || e.key === 'Backspace') {
      if (here && edit((x) => deleteGate(x, here.id))) select(null);
    } else if (e.key === 'Enter') select(here ? here.id : null);
    else if (e.key === 'Escape') {
      select(null);
      setHelp(false);
    } else if (e.key === '?') setHelp((h) => !h);
    else if (!e.ctrlKey && !e.metaKey && !e.altKey) {
      const gate = gateForKey(e.key, e.shiftKey);
      if (!gate) return;
      if (edit((x) => placeGate(x, gate, c, q))) focusSlot(q, Math.min(c + 1, circuit.columns));
    } else return;
    e.preventDefault();
  };

  const sel = circuit.gates.find((g) => g.id === selected);
  const values = useMemo(() => {
    const m = new Map<string, number[]>();
    for (const g of circuit.gates)
      m.set(
        g.id,
        (g.params ?? []).map((b) => (b.kind === 'param' ? (params.get(b.name) ?? NaN) : NaN)),
      );
    return m;
  }, [circuit, params]);
  const blocker =
    drag?.over && drag.source.kind === 'new'
      ? blockerOf(circuit, drag.over.column, drag.over.qubit, drag.over.qubit)
      : null;

  return (
    <div className="circuit-editor" onKeyDown={onKey} ref={gridRef}>
      <EditorToolbar circuit={circuit} onHelp={() => setHelp((h) => !h)} />
      <Palette onPress={start} onActivate={(s) => drop(s, cursor)} />
      <EditorGrid
        circuit={circuit}
        cursor={cursor}
        selected={selected}
        over={drag?.over ?? null}
        values={values}
        onPress={start}
        onSlotFocus={setCursor}
      />
      <p
        className={`editor-message ${message?.kind ?? ''}`}
        role={message?.kind === 'refused' ? 'alert' : 'status'}
      >
        {message?.text ??
          (blocker
            ? 'That place is taken.'
            : 'Drag gates onto the wires, or focus the grid and use the keys (press ? for help).')}
      </p>
      {sel && (
        <GateInspector key={sel.id} circuit={circuit} gate={sel} values={values.get(sel.id)} />
      )}
      {drag && (
        <div className="drag-ghost" style={{ left: drag.x, top: drag.y }} aria-hidden="true">
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
          <button type="button" onClick={() => setHelp(false)}>
            Close
          </button>
        </div>
      )}
    </div>
  );
}
