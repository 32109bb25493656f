// Repeated blocks drawn over their steps as a bracket with the count, e.g. "×3 layers".
import { useLab } from '../store/store';
import { setBlockShared, setRepeatCount, removeBlock } from '../experiment/circuit';
import type { RepeatBlock } from '../experiment/circuit';
import { CELL, slotX } from './geometry';

export function RepeatBrackets({ blocks }: { blocks: readonly RepeatBlock[] }) {
  const edit = useLab((s) => s.editCircuit);
  return (
    <>
      {blocks.map((b, i) => (
        <div
          key={`${b.start}-${b.end}`}
          className="repeat-bracket"
          style={{ left: slotX(b.start) + 2, width: (b.end - b.start) * CELL - 4 }}
          role="group"
          aria-label={`Steps ${b.start + 1} to ${b.end} repeated ${b.count} times`}
        >
          <label>
            ×
            <input
              type="number"
              min={1}
              max={20}
              value={b.count}
              aria-label={`Repeat count of steps ${b.start + 1} to ${b.end}`}
              onChange={(e) => {
                const n = Number(e.target.value);
                if (Number.isInteger(n)) edit((c) => setRepeatCount(c, i, n));
              }}
            />
          </label>
          <label className="shared" title="Share the trainable parameters between repetitions">
            <input
              type="checkbox"
              checked={b.shared}
              onChange={(e) => edit((c) => setBlockShared(c, i, e.target.checked))}
            />
            shared
          </label>
          <button
            type="button"
            className="link"
            aria-label={`Stop repeating steps ${b.start + 1} to ${b.end}`}
            onClick={() => edit((c) => removeBlock(c, i))}
          >
            ×
          </button>
        </div>
      ))}
    </>
  );
}
