// The portfolio's assets: generated (seeded, correlated), or the user's own returns as CSV, from a
// file or pasted: one column per asset, one row per period, an optional header of names. A file
// that does not read says why, and the assets in use stay.
import { useState } from 'react';
import { QAOA_LIMITS } from '../../experiment/tasks/qaoa/validate';
import { DraftTextArea } from '../../panels/fields/DraftTextArea';
import { FileButton } from '../../panels/FileButton';

type Parse = { ok: true; names: string[]; rows: number[][] } | { ok: false; message: string };

interface Props {
  returns: string;
  onLoad(returns: string, assets: number): void;
  onClear(): void;
  check(text: string): Parse;
}

const MAX_CHARS = QAOA_LIMITS.returnsChars[1];

export function ReturnsFile({ returns, onLoad, onClear, check }: Props) {
  const [error, setError] = useState<string | null>(null);
  const parsed = returns === '' ? null : check(returns);
  const use = (text: string, from: string): void => {
    if (text.length > MAX_CHARS) {
      setError(
        `${from} has ${text.length.toLocaleString('en-US')} characters; returns may have at most ${MAX_CHARS.toLocaleString('en-US')}.`,
      );
      return;
    }
    const p = check(text);
    if (!p.ok) {
      setError(`${from}: ${p.message}`);
      return;
    }
    setError(null);
    onLoad(text, p.names.length);
  };
  return (
    <div className="returns-file">
      <p className="hint">
        {parsed?.ok
          ? `Your returns: ${parsed.names.length} assets (${parsed.names.join(', ')}) over ${parsed.rows.length} periods; μ and Σ are their sample mean and covariance.`
          : 'Generated assets: returns of correlated assets drawn from the seed (a market factor plus noise of their own).'}
      </p>
      <div className="field-row">
        <FileButton
          accept=".csv,.txt,text/csv,text/plain"
          inputLabel="Returns file"
          onFile={(file) => {
            if (file.size > 4 * MAX_CHARS) {
              setError(
                `${file.name} is ${(file.size / 1e6).toFixed(1)} MB; returns may be at most ${MAX_CHARS.toLocaleString('en-US')} characters.`,
              );
              return;
            }
            void file.text().then((t) => use(t, file.name));
          }}
        >
          Load returns (CSV)…
        </FileButton>
        {returns !== '' && (
          <button type="button" onClick={() => (setError(null), onClear())}>
            Use generated assets
          </button>
        )}
      </div>
      {error && (
        <p className="hint error" role="alert">
          {error}
        </p>
      )}
      <details>
        <summary>Paste returns</summary>
        <DraftTextArea
          label="Returns (CSV: one column per asset, one row per period)"
          rows={5}
          multiline
          value={returns}
          check={(t) => {
            if (t.trim() === '')
              return { ok: true, summary: 'Empty: the generated assets are used.' };
            const p = check(t);
            return p.ok
              ? {
                  ok: true,
                  summary: `${p.names.length} assets over ${p.rows.length} periods; it applies when you leave the box.`,
                }
              : p;
          }}
          onCommit={(t) => (t.trim() === '' ? onClear() : use(t, 'The pasted returns'))}
        />
      </details>
    </div>
  );
}
