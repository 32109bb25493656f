// A custom problem's solution: its bitstring as boxes, qubit 0 last (rightmost) as in every ket,
// wrapped onto rows when the width is too small for one.
import { useId } from 'react';
import { Downloadable } from '../../charts/Downloadable';
import { FONT_FAMILY, FONT_SIZE, INK, MONO_FAMILY, MUTED } from '../../charts/palette';
import type { Solution } from '../../../workers/protocol';
import { bitsCaption } from './captions';
import { bitOf, bitsWidth } from './qaoaFormat';

interface Props {
  solution: Solution | null;
  label: string;
  /** Qubits of the problem; from the bits when not given. */
  qubits?: number;
  width: number;
}

const BOX_MAX = 44;
const BOX_MIN = 30;
const GAP = 4;
/** Height of a row's qubit names under its boxes. */
const NAMES = 22;

export function BitBoxes({ solution, label, qubits, width }: Props) {
  // The caption under the picture says what it shows: it describes the picture.
  const captionId = useId();
  const n = qubits ?? (solution ? bitsWidth(solution.bits) : 1);
  const perRow = Math.max(1, Math.min(n, Math.floor((width + GAP) / (BOX_MIN + GAP))));
  const box = Math.min(BOX_MAX, (width - GAP * (perRow - 1)) / perRow);
  const rows = Math.ceil(n / perRow);
  // Reading order is the ket's: the highest qubit first. A short first row is pushed right, so
  // that q0 ends the last row and the columns line up.
  const pad = rows * perRow - n;
  const place = (q: number) => {
    const p = n - 1 - q + pad;
    return { x: (p % perRow) * (box + GAP), y: Math.floor(p / perRow) * (box + NAMES) };
  };
  const everyName = box >= 36;
  return (
    <figure className="qaoa-figure">
      <Downloadable label={label} style={{ maxWidth: '100%' }}>
        <svg
          role="img"
          aria-label={label}
          aria-describedby={captionId}
          width={Math.min(n, perRow) * (box + GAP) - GAP}
          height={rows * (box + NAMES)}
          className="qaoa-picture"
        >
          <g fontFamily={FONT_FAMILY} fontSize={FONT_SIZE} textAnchor="middle">
            {Array.from({ length: n }, (_, q) => {
              const bit = solution ? bitOf(solution.bits, q) : null;
              const { x, y } = place(q);
              return (
                <g key={q} transform={`translate(${x},${y})`}>
                  <rect
                    x={1}
                    y={1}
                    width={box - 2}
                    height={box - 2}
                    rx={5}
                    fill={bit === 1 ? INK : '#ffffff'}
                    stroke={INK}
                    strokeWidth={2}
                  />
                  <text
                    x={box / 2}
                    y={box / 2}
                    dy="0.35em"
                    fontFamily={MONO_FAMILY}
                    fontSize={FONT_SIZE + 4}
                    fontWeight={700}
                    fill={bit === 1 ? '#ffffff' : INK}
                  >
                    {bit ?? '?'}
                  </text>
                  {(everyName || q % 2 === 0) && (
                    <text x={box / 2} y={box + 16} fill={MUTED}>
                      q{q}
                    </text>
                  )}
                </g>
              );
            })}
          </g>
        </svg>
      </Downloadable>
      <figcaption id={captionId} className="qaoa-caption">
        {bitsCaption(n, solution)}
      </figcaption>
    </figure>
  );
}
