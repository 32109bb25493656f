// Repeated blocks drawn over their steps as a bracket with the count, e.g. "×3 layers"; a block of
// one step has room only for the count, the sharing box and the remove button.
import { useLab } from '../store/store';
import { CIRCUIT_LIMITS, setBlockShared, setRepeatCount, removeBlock } from '../experiment/circuit';
import type { RepeatBlock } from '../experiment/circuit';
import { DraftNumberInput } from './DraftNumberInput';
import { CELL, slotX } from './geometry';

const [MIN, MAX] = CIRCUIT_LIMITS.repeat;

export function RepeatBrackets({ blocks }: { blocks: readonly RepeatBlock[] }) {
  const edit = useLab((s) => s.editCircuit);
  const refuse = (text: string): void =>
    useLab.setState({ editorMessage: { kind: 'refused', text } });
  return (
    <>
      {blocks.map((b, i) => {
        const steps = `steps ${b.start + 1} to ${b.end}`;
        const narrow = b.end - b.start === 1;
        return (
          <div
            key={`${b.start}-${b.end}`}
            className={`repeat-bracket${narrow ? ' narrow' : ''}`}
            style={{ left: slotX(b.start) + 2, width: (b.end - b.start) * CELL - 4 }}
            role="group"
            aria-label={`Steps ${b.start + 1} to ${b.end} repeated ${b.count} times`}
            title={`Steps ${b.start + 1} to ${b.end} repeated ${b.count} times`}
          >
            <label>
              {!narrow && <span aria-hidden="true">×</span>}
              <DraftNumberInput
                value={b.count}
                label={`Repeat count of ${steps}`}
                what={`how many times the block repeats, ${MIN} to ${MAX}`}
                onCommit={(n) => edit((c) => setRepeatCount(c, i, n))}
                onInvalid={refuse}
              />
            </label>
            <label className="shared" title="Share the trainable parameters between repetitions">
              <input
                type="checkbox"
                aria-label={`Repetitions of ${steps} share their parameters`}
                checked={b.shared}
                onChange={(e) => edit((c) => setBlockShared(c, i, e.target.checked))}
              />
              {!narrow && 'shared'}
            </label>
            <button
              type="button"
              className="link"
              aria-label={`Stop repeating ${steps}`}
              title={`Stop repeating ${steps}`}
              onClick={() => edit((c) => removeBlock(c, i))}
            >
              ×
            </button>
          </div>
        );
      })}
    </>
  );
}
