// The editable circuit: wires, one slot per qubit and time step (a grid cell with a name such as
// "qubit 0, step 1"), placed gates over their span, step numbers and repeat brackets. A gate is
// held by its first target (a CNOT's control, the upper box of RXX, a controlled gate's box) to
// move it whole; each of its other wires (⊕, lower box, control dots) is an end that stretches.
import type { PointerEvent } from 'react';
import type { EditorCircuit } from '../experiment/circuit';
import { spanOf, stretchEnds } from '../experiment/circuit';
import type { Cursor } from '../store/editorSlice';
import { CELL, HEADER, LABEL, slotName, slotX, slotY } from './geometry';
import { GateGlyph } from './GateGlyph';
import { gateName } from './gateText';
import type { GateValues } from './trainedValues';
import type { DragSource, Slot } from './useDragDrop';
import { RepeatBrackets } from './RepeatBrackets';

interface Props {
  circuit: EditorCircuit;
  cursor: Cursor;
  selected: string | null;
  over: Slot | null;
  /** The drop on `over` would be refused: the slot shows it. */
  overRefused: boolean;
  /** Values behind each gate's angles, by gate id. */
  values: ReadonlyMap<string, GateValues>;
  onPress(source: DragSource, e: PointerEvent): void;
  onSlotFocus(slot: Slot): void;
}

export function EditorGrid({
  circuit,
  cursor,
  selected,
  over,
  overRefused,
  values,
  onPress,
  onSlotFocus,
}: Props) {
  const { qubits, columns } = circuit;
  // One spare column on the right: dropping there adds a time step.
  const width = slotX(columns + 1) + 8;
  const height = slotY(qubits) + 8;
  return (
    <div className="editor-scroll" data-editor-scroll>
      <div
        className="editor-grid"
        data-editor-grid
        data-qubits={qubits}
        data-columns={columns}
        style={{ width, height }}
      >
        <svg className="editor-wires" width={width} height={height} aria-hidden="true">
          {Array.from({ length: columns }, (_, c) => (
            <text
              key={c}
              x={slotX(c) + CELL / 2}
              y={HEADER - 8}
              textAnchor="middle"
              className="step-number"
            >
              {c + 1}
            </text>
          ))}
          {Array.from({ length: qubits }, (_, q) => (
            <g key={q}>
              <text
                x={LABEL - 10}
                y={slotY(q) + CELL / 2}
                textAnchor="end"
                dominantBaseline="central"
                className="wire-label"
              >
                q{q}
              </text>
              <line
                x1={LABEL}
                x2={slotX(columns) + CELL / 2}
                y1={slotY(q) + CELL / 2}
                y2={slotY(q) + CELL / 2}
                stroke="#1f2937"
                strokeWidth={2}
              />
            </g>
          ))}
        </svg>
        {/* The slots alone make the grid (a grid holds only rows of cells); the gates, brackets and
            drop box lie over it as siblings, drawn after it so that they are on top. */}
        <div
          className="editor-slots"
          role="grid"
          aria-label="Circuit editor"
          aria-rowcount={qubits}
          aria-colcount={columns}
        >
          {Array.from({ length: qubits }, (_, q) => (
            <div role="row" key={q} aria-rowindex={q + 1}>
              {Array.from({ length: columns + 1 }, (_, c) => {
                const here = cursor.qubit === q && cursor.column === c;
                return (
                  <div
                    key={c}
                    role="gridcell"
                    aria-label={c === columns ? `qubit ${q}, new step` : slotName(q, c)}
                    aria-colindex={c + 1}
                    tabIndex={here ? 0 : -1}
                    data-slot
                    data-qubit={q}
                    data-column={c}
                    className={`slot${here ? ' cursor' : ''}${c === columns ? ' spare' : ''}`}
                    style={{ left: slotX(c), top: slotY(q), width: CELL, height: CELL }}
                    onFocus={() => onSlotFocus({ qubit: q, column: c })}
                  />
                );
              })}
            </div>
          ))}
        </div>
        <RepeatBrackets blocks={circuit.blocks} />
        {circuit.gates.map((g) => {
          const [top, bottom] = spanOf(g);
          return (
            <div
              key={g.id}
              className="placed-gate"
              role="button"
              aria-label={gateName(g, values.get(g.id))}
              aria-pressed={selected === g.id}
              title="Drag to move (Alt or Shift: copy), off the circuit to delete; click to edit"
              style={{
                left: slotX(g.column),
                top: slotY(top),
                width: CELL,
                height: (bottom - top + 1) * CELL,
              }}
              onPointerDown={(e) => {
                const rect = e.currentTarget.getBoundingClientRect();
                const wire =
                  top + Math.floor(((e.clientY - rect.top) / rect.height) * (bottom - top + 1));
                onPress(
                  {
                    kind: 'move',
                    id: g.id,
                    grab: wire - (g.targets[0] ?? top),
                    copy: e.altKey || e.shiftKey,
                  },
                  e,
                );
              }}
            >
              <GateGlyph
                gate={g}
                top={top}
                rows={bottom - top + 1}
                values={values.get(g.id)}
                selected={selected === g.id}
              />
              {stretchEnds(g).map((q) => (
                <div
                  key={q}
                  className="gate-end"
                  data-end={q}
                  title="Drag up or down to move this end to another wire; click to edit"
                  style={{ top: (q - top) * CELL, height: CELL }}
                  onPointerDown={(e) => {
                    e.stopPropagation();
                    onPress({ kind: 'stretch', id: g.id, from: q, column: g.column }, e);
                  }}
                />
              ))}
            </div>
          );
        })}
        {over && (
          <div
            className={`drop-target${overRefused ? ' refused' : ''}`}
            style={dropBox(over, qubits)}
            aria-hidden="true"
          />
        )}
      </div>
    </div>
  );
}

/** The drop box on `over`; a stretch past the first or last wire shows as a bar on that edge. */
function dropBox(over: Slot, qubits: number) {
  const left = slotX(over.column);
  if (over.qubit < 0) return { left, top: HEADER - 10, width: CELL, height: 10 };
  if (over.qubit >= qubits) return { left, top: slotY(qubits), width: CELL, height: 8 };
  return { left, top: slotY(over.qubit), width: CELL, height: CELL };
}
