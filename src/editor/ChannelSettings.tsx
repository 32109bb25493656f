// A noise channel's own settings in the inspector: its probability (typed, or stepped with ↑ ↓),
// and how a circuit with channels is simulated and trained.
import { useId, useState } from 'react';
import { CHANNEL_SPECS } from '../experiment/circuit/channelCatalog';
import { MAX_NOISY_QUBITS } from '../experiment/noise';
import type { ChannelName } from '../experiment/circuit/channelCatalog';
import { DraftNumberInput } from './DraftNumberInput';
import { probability, probabilityText } from './probability';

interface Props {
  channel: ChannelName;
  /** The channel's probability (absent for reset). */
  p: number | undefined;
  /** Sets p; false when refused (the editor message says why). */
  onCommit(p: number): boolean;
}

const WHAT = 'a probability from 0 to 1';

export function ChannelSettings({ channel, p, onCommit }: Props) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  // A new p from outside (undo, redo) replaces the draft, and with it the draft's error.
  const [shown, setShown] = useState(p);
  if (shown !== p) {
    setShown(p);
    setError(null);
  }
  const { pLabel } = CHANNEL_SPECS[channel];
  const label = pLabel === null ? null : pLabel[0]!.toUpperCase() + pLabel.slice(1);
  return (
    <>
      {label !== null && p !== undefined && (
        <div className="field channel-p" onKeyDown={(e) => e.key === 'Escape' && setError(null)}>
          <label htmlFor={`${id}-p`}>{label} (0 to 1)</label>
          <DraftNumberInput
            id={`${id}-p`}
            value={p}
            label={label}
            what={WHAT}
            parse={probability}
            format={probabilityText}
            step={0.01}
            min={0}
            max={1}
            size={6}
            describedBy={`${id}-error`}
            onCommit={(n) => {
              setError(null);
              return onCommit(n);
            }}
            onInvalid={setError}
          />
          {error && (
            <span id={`${id}-error`} className="field-error" role="alert">
              {error}
            </span>
          )}
        </div>
      )}
      <p className="hint channel-note">
        A circuit with noise channels is simulated as a density matrix (at most {MAX_NOISY_QUBITS}{' '}
        qubits) and trains by parameter shift.
      </p>
    </>
  );
}
