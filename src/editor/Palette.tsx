// The gate palette: every gate of the simulator, grouped, with its symbol and what it does. Drag
// an entry onto a wire, or press it to place the gate at the keyboard cursor.
import type { PointerEvent } from 'react';
import { GATES } from '../../workers/sim/gates';
import type { GateName } from '../../workers/sim/gates';
import { paletteName } from './gateText';
import type { DragSource } from './useDragDrop';

const GROUPS: { title: string; gates: GateName[] }[] = [
  { title: 'One qubit', gates: ['H', 'X', 'Y', 'Z', 'S', 'SDG', 'T', 'TDG', 'SX'] },
  { title: 'Rotations', gates: ['RX', 'RY', 'RZ', 'P', 'U3'] },
  {
    title: 'Two qubits',
    gates: ['CNOT', 'CZ', 'SWAP', 'ISWAP', 'CRX', 'CRY', 'CRZ', 'CP', 'RXX', 'RYY', 'RZZ'],
  },
  { title: 'Multi-controlled', gates: ['TOFFOLI'] },
];

/** Text on an entry where the simulator's symbol is jargon: CCX is drawn as a Toffoli. */
const GLYPH: Partial<Record<GateName, string>> = { TOFFOLI: 'Toffoli' };

/** "SX (√X): Square root of X"; a description that starts with the name is enough on its own. */
function tooltip(gate: GateName): string {
  const { symbol, description } = GATES[gate];
  const name = paletteName(gate);
  if (description.startsWith(`${name}:`)) return description;
  return `${name === symbol ? name : `${name} (${symbol})`}: ${description}`;
}

interface Props {
  /** Pointer press: the start of a drag (or a click, if the pointer does not move). */
  onPress(source: DragSource, e: PointerEvent): void;
  /** Keyboard activation (Enter or Space on a focused entry). */
  onActivate(source: DragSource): void;
}

export function Palette({ onPress, onActivate }: Props) {
  return (
    <div className="palette" aria-label="Gate palette" role="group">
      {GROUPS.map((group) => (
        <div key={group.title} className="palette-group">
          <span className="palette-title">{group.title}</span>
          {group.gates.map((gate) => (
            <button
              key={gate}
              type="button"
              className="palette-gate"
              aria-label={paletteName(gate)}
              title={tooltip(gate)}
              onPointerDown={(e) => onPress({ kind: 'new', gate }, e)}
              onClick={(e) => e.detail === 0 && onActivate({ kind: 'new', gate })}
            >
              {GLYPH[gate] ?? GATES[gate].symbol}
            </button>
          ))}
          {group.title === 'Multi-controlled' && (
            <>
              <button
                type="button"
                className="palette-gate"
                aria-label="Control"
                title="Control on |1⟩: drop it in a gate's column"
                onPointerDown={(e) => onPress({ kind: 'control', state: 1 }, e)}
                onClick={(e) => e.detail === 0 && onActivate({ kind: 'control', state: 1 })}
              >
                ●
              </button>
              <button
                type="button"
                className="palette-gate"
                aria-label="Anti-control"
                title="Control on |0⟩: drop it in a gate's column"
                onPointerDown={(e) => onPress({ kind: 'control', state: 0 }, e)}
                onClick={(e) => e.detail === 0 && onActivate({ kind: 'control', state: 0 })}
              >
                ○
              </button>
            </>
          )}
        </div>
      ))}
    </div>
  );
}
