// One matrix of the product as a grid of number boxes, with presets. A typed entry commits on
// Enter or when the box is left, only if the whole matrix is then usable (numbers, not all zero);
// otherwise the message says why and the experiment keeps the last good matrix.
import { useState } from 'react';
import { matrixProblem } from '../../experiment/tasks/matmul/validate';
import {
  MATMUL_PRESET_CHOICES,
  presetMatrix,
  type MatmulPreset,
} from '../../experiment/tasks/matmul/presets';
import type { MatmulSize } from '../../experiment/types';

interface Props {
  /** 'A' or 'B'. */
  name: string;
  size: MatmulSize;
  entries: readonly number[];
  onCommit(entries: number[]): void;
  /** First seed of the random preset (each press draws the next). */
  seed: number;
}

/** The typed texts as numbers, or the first reason they are not. */
function parse(name: string, texts: readonly string[], n: number): number[] | string {
  const out: number[] = [];
  for (let k = 0; k < texts.length; k++) {
    const t = texts[k]!.trim();
    const at = `Matrix ${name}, row ${Math.floor(k / n) + 1}, column ${(k % n) + 1}`;
    if (t === '') return `${at} is empty: enter a number.`;
    const v = Number(t.replace('−', '-'));
    if (!Number.isFinite(v)) return `${at}: "${t}" is not a number.`;
    out.push(v);
  }
  return matrixProblem(name, out, n) ?? out;
}

export function MatrixGrid({ name, size, entries, onCommit, seed }: Props) {
  const [texts, setTexts] = useState(() => entries.map(String));
  const [error, setError] = useState<string | null>(null);
  const [draws, setDraws] = useState(0);
  // When the matrix changes from outside (a preset, undo, a link), show it.
  const [shown, setShown] = useState(entries);
  if (shown !== entries) {
    setShown(entries);
    setTexts(entries.map(String));
    setError(null);
  }
  const commit = (next: readonly string[]): void => {
    const r = parse(name, next, size);
    if (typeof r === 'string') {
      setError(r);
      return;
    }
    setError(null);
    if (r.some((v, k) => v !== entries[k])) onCommit(r);
  };
  const preset = (p: MatmulPreset): void => {
    if (p === 'random') setDraws(draws + 1);
    onCommit(presetMatrix(p, size, seed + draws));
  };
  return (
    <div className="matmul-matrix">
      <div className="matmul-matrix-head">
        <h3>Matrix {name}</h3>
        <div className="matmul-presets" role="group" aria-label={`Presets for ${name}`}>
          {MATMUL_PRESET_CHOICES.map((c) => (
            <button key={c.value} type="button" onClick={() => preset(c.value)}>
              {c.label}
            </button>
          ))}
        </div>
      </div>
      <div
        className="matmul-grid"
        style={{ gridTemplateColumns: `repeat(${size}, minmax(0, 1fr))` }}
        role="group"
        aria-label={`Matrix ${name}`}
      >
        {texts.map((t, k) => (
          <input
            key={k}
            type="text"
            inputMode="decimal"
            aria-label={`${name} row ${Math.floor(k / size) + 1} column ${(k % size) + 1}`}
            aria-invalid={error !== null}
            value={t}
            onChange={(e) => setTexts(texts.map((x, j) => (j === k ? e.target.value : x)))}
            onBlur={() => commit(texts)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') commit(texts);
            }}
          />
        ))}
      </div>
      {error && (
        <p className="field-error matmul-error" role="alert">
          {error} The last good matrix {name} is still used.
        </p>
      )}
    </div>
  );
}
