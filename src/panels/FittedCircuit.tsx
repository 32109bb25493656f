// A read-only circuit drawing that fits its column: wrapped into rows and scaled down a little
// when needed (never cut off on the right); a circuit too big for that scrolls down, not sideways.
import { memo, useMemo, useRef } from 'react';
import type { Circuit } from '../../workers/sim';
import { drawingHeight, fitCircuit } from '../charts/circuitRows';
import { useContainerWidth } from '../charts/useContainerWidth';
import { Downloadable } from '../charts/Downloadable';
import { CircuitDiagram } from '../editor/CircuitDiagram';

interface Props {
  circuit: Circuit;
  /** Accessible name of the whole drawing. */
  label: string;
}

/** Tallest the rows may stack before the drawing scrolls, for circuits of `qubits` wires. */
function maxHeight(qubits: number): number {
  return Math.min(480, Math.max(240, 3 * drawingHeight(qubits)));
}

// Memoised: it sits in panels that re-render with every training report, and it does not change.
export const FittedCircuit = memo(function FittedCircuit({ circuit, label }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const width = useContainerWidth(box, undefined, 300);
  const fit = useMemo(
    () => fitCircuit(circuit, width, maxHeight(circuit.qubits)),
    [circuit, width],
  );
  const n = fit.rows.length;
  const rowHeight = `auto ${drawingHeight(circuit.qubits)}px`;
  const name = n > 1 ? `${label}, drawn in ${n} rows` : label;
  return (
    <Downloadable label={label}>
      <div ref={box} className="fitted-circuit" role="img" aria-label={name}>
        {/* The rows are one picture: their own names and tooltips stay out of the way of readers.
          A row scrolled out of view is skipped by the browser's rendering (content-visibility,
          lab.css) and keeps its height: at 8 qubits × 10 layers that is most of the drawing. */}
        <div aria-hidden="true" style={{ zoom: fit.scale }}>
          {fit.rows.map((row, i) => (
            <div key={i} className="fitted-row" style={{ containIntrinsicBlockSize: rowHeight }}>
              <CircuitDiagram circuit={row} download={false} />
            </div>
          ))}
        </div>
      </div>
    </Downloadable>
  );
});
