// The gate palette: every gate of the simulator and every noise channel, grouped, with its symbol
// and what it does. Drag an entry onto a wire, or press it to place it at the keyboard cursor.
import type { PointerEvent } from 'react';
import { CHANNEL_NAMES, isChannelName, specOf } from '../experiment/circuit/channelCatalog';
import type { PlaceableName } from '../experiment/circuit/channelCatalog';
import { InfoTip } from '../panels/InfoTip';
import { paletteGlyph, paletteLabel, paletteName } from './gateText';
import type { DragSource } from './useDragDrop';

const GROUPS: { title: string; gates: readonly PlaceableName[] }[] = [
  { title: 'One qubit', gates: ['H', 'X', 'Y', 'Z', 'S', 'SDG', 'T', 'TDG', 'SX'] },
  { title: 'Rotations', gates: ['RX', 'RY', 'RZ', 'P', 'U3'] },
  {
    title: 'Two qubits',
    gates: ['CNOT', 'CZ', 'SWAP', 'ISWAP', 'CRX', 'CRY', 'CRZ', 'CP', 'RXX', 'RYY', 'RZZ'],
  },
  { title: 'Multi-controlled', gates: ['TOFFOLI'] },
  { title: 'Noise', gates: CHANNEL_NAMES },
];

/**
 * "SX (√X): Square root of X"; a description that starts with the name is enough on its own, and
 * a channel's description always names it ("Bit flip: X with probability p").
 */
function tooltip(gate: PlaceableName): string {
  const { symbol, description } = specOf(gate);
  const name = paletteName(gate);
  if (isChannelName(gate) || description.startsWith(`${name}:`)) return description;
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
          {group.title === 'Noise' && <InfoTip term="noiseChannel" />}
          {group.gates.map((gate) => (
            <button
              key={gate}
              type="button"
              className={`palette-gate${isChannelName(gate) ? ' palette-channel' : ''}`}
              aria-label={paletteLabel(gate)}
              title={tooltip(gate)}
              onPointerDown={(e) => onPress({ kind: 'new', gate }, e)}
              onClick={(e) => e.detail === 0 && onActivate({ kind: 'new', gate })}
            >
              {paletteGlyph(gate)}
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
