// "Import series": a CSV file's column as the series. The file is read and parsed here; a bad one
// is refused with the parser's message (line and column), and the series the user had stays.
import { useId, useState } from 'react';
import { parseSeriesCsv } from '../../experiment/tasks/sequence/seriesCsv';
import { SEQUENCE_LIMITS } from '../../experiment/tasks/sequence/validate';

/** Bytes a file may have before it is refused unread (four per character at most in UTF-8). */
const MAX_BYTES = 4 * SEQUENCE_LIMITS.csvChars[1];

interface Props {
  csv: string | undefined;
  column: string | undefined;
  /** Takes a file (and column) that parsed. */
  onImport(csv: string, column: string | undefined): void;
}

/** The parse of the current file, or its message. */
function read(csv: string | undefined, column: string | undefined) {
  if (csv === undefined) return null;
  try {
    const r = parseSeriesCsv(csv, column);
    return { ok: true as const, values: r.values.length, column: r.column };
  } catch (err) {
    return { ok: false as const, message: err instanceof Error ? err.message : String(err) };
  }
}

export function SeriesFile({ csv, column, onImport }: Props) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [draftColumn, setDraftColumn] = useState(column ?? '');
  const parsed = read(csv, column);
  const open = async (file: File): Promise<void> => {
    if (file.size > MAX_BYTES) {
      setError(`“${file.name}” is ${(file.size / 1e6).toFixed(1)} MB; a series travels in the link and may have at most ${SEQUENCE_LIMITS.csvChars[1].toLocaleString('en-US')} characters. Keep the column you need, or fewer rows.`); // prettier-ignore
      return;
    }
    const text = await file.text();
    const r = read(text, undefined);
    if (!r?.ok) {
      setError(`“${file.name}” was not imported. ${r?.message ?? ''}`);
      return;
    }
    setError(null);
    setDraftColumn(r.column);
    onImport(text, undefined);
  };
  const pickColumn = (): void => {
    if (csv === undefined || draftColumn === (column ?? '')) return;
    const r = read(csv, draftColumn || undefined);
    if (!r?.ok) {
      setError(r?.message ?? null);
      return;
    }
    setError(null);
    onImport(csv, draftColumn || undefined);
  };
  return (
    <div className="series-file">
      <label htmlFor={id}>Import series (CSV)</label>
      <input
        id={id}
        type="file"
        accept=".csv,.tsv,.txt,text/csv,text/plain"
        onChange={(ev) => {
          const file = ev.target.files?.[0];
          ev.target.value = '';
          if (file) void open(file);
        }}
      />
      {csv !== undefined && (
        <div className="field">
          <label htmlFor={`${id}-column`}>Column</label>
          <input
            id={`${id}-column`}
            type="text"
            value={draftColumn}
            placeholder="first numeric column"
            onChange={(ev) => setDraftColumn(ev.target.value)}
            onBlur={pickColumn}
            onKeyDown={(ev) => {
              if (ev.key === 'Enter') pickColumn();
            }}
          />
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {parsed?.ok && (
        <p className="hint">
          Your series: {parsed.values.toLocaleString('en-US')} values from “{parsed.column}”.
        </p>
      )}
      {parsed && !parsed.ok && !error && (
        <p className="error" role="alert">
          {parsed.message}
        </p>
      )}
    </div>
  );
}
