// "Import CSV": the user's own tabular data as a data set (of the benchmark, or of a
// classification). The file is read and parsed here; a bad one is refused with the parser's
// message (row and column), and the data the user had stays.
import { useId, useState } from 'react';
import { CSV_LIMITS, parseBenchmarkCsv } from '../../experiment/tasks/benchmark/csvData';
import type { BenchmarkExperiment } from '../../experiment/types';
import { normalised } from './benchmarkEdits';

/** Bytes a file may have before it is refused unread (four per character at most in UTF-8). */
const MAX_BYTES = 4 * CSV_LIMITS.maxChars;

/** The experiment on the user's data: this file's text, one column ("file") to run. */
export function withCsv(e: BenchmarkExperiment, csv: string): BenchmarkExperiment {
  return normalised({ ...e, sweep: { ...e.sweep, dataset: 'custom', csv, difficulties: [1] } });
}

interface Props {
  /** The file imported so far, if any. */
  csv: string | undefined;
  /** Takes a file that parsed. */
  onImport(text: string): void;
}

export function CsvImport({ csv, onImport }: Props) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const parsed = csv === undefined ? null : parseBenchmarkCsv(csv);
  const open = async (file: File): Promise<void> => {
    if (file.size > MAX_BYTES) {
      setError(`“${file.name}” is ${(file.size / 1e6).toFixed(1)} MB; an experiment keeps at most ${CSV_LIMITS.maxChars.toLocaleString('en-US')} characters of data (it travels in the link). Use fewer rows or round the numbers.`); // prettier-ignore
      return;
    }
    const text = await file.text();
    const r = parseBenchmarkCsv(text);
    if (!r.ok) {
      setError(`“${file.name}” was not imported. ${r.message}`);
      return;
    }
    setError(null);
    onImport(text);
  };
  return (
    <div className="benchmark-csv">
      <label htmlFor={id}>Import CSV (your own data)</label>
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
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {parsed?.ok && (
        <p className="hint">
          Your data: {parsed.data.rows} rows, {parsed.data.d} feature
          {parsed.data.d === 1 ? '' : 's'} ({parsed.data.featureNames.join(', ')}); label “
          {parsed.data.labelName}”: “{parsed.data.classes[0]}” is −1, “{parsed.data.classes[1]}” is
          +1.
        </p>
      )}
    </div>
  );
}
