// A MaxCut solution drawn as what it is: the graph with its nodes coloured by side and the cut
// edges bold.
import { useId } from 'react';
import { Downloadable } from '../../charts/Downloadable';
import { FONT_FAMILY, FONT_SIZE, INK, classColor } from '../../charts/palette';
import type { Solution } from '../../../workers/protocol';
import { nodeLook, NODE_R, WeightLabel } from './GraphEditorDrawing';
import { graphCaption } from './captions';
import { bitOf } from './qaoaFormat';

interface Props {
  positions: [number, number][];
  edges: [number, number, number][];
  solution: Solution | null;
  /** Accessible name of the drawing. */
  label: string;
  /** Pixels available. */
  width: number;
}

/** Cut edges: Okabe–Ito bluish green, apart from both sides' colours. */
export const CUT = '#009e73';
const UNCUT = '#9ca3af';
const MAX_SIZE = 480;
const PAD = 24;

export function GraphSolution({ positions, edges, solution, label, width }: Props) {
  // The caption under the picture says what it shows: it describes the picture.
  const captionId = useId();
  const size = Math.min(MAX_SIZE, width);
  const px = (v: number) => PAD + (v / 100) * (size - 2 * PAD);
  const at = (i: number) => positions[i] ?? [50, 50];
  const bits = solution?.bits ?? null;
  const cut = (i: number, j: number) => bits !== null && bitOf(bits, i) !== bitOf(bits, j);
  const weighted = edges.some((e) => e[2] !== 1);
  // Uncut edges first, so that the bold cut ones lie on top where they cross.
  const order = edges
    .map((e, k) => ({ e, k, cut: cut(e[0], e[1]) }))
    .sort((a, b) => +a.cut - +b.cut);

  return (
    <figure className="qaoa-figure">
      <Downloadable label={label} style={{ maxWidth: '100%' }}>
        <svg
          role="img"
          aria-label={label}
          aria-describedby={captionId}
          width={size}
          height={size}
          className="qaoa-picture"
        >
          <g fontFamily={FONT_FAMILY} fontSize={FONT_SIZE}>
            {order.map(({ e: [i, j], k, cut: c }) => (
              <line
                key={k}
                x1={px(at(i)[0])}
                y1={px(at(i)[1])}
                x2={px(at(j)[0])}
                y2={px(at(j)[1])}
                stroke={c ? CUT : UNCUT}
                strokeWidth={c ? 6 : 2}
                strokeLinecap="round"
              />
            ))}
            {weighted &&
              edges.map(([i, j, w], k) => (
                <WeightLabel
                  key={k}
                  x={px((at(i)[0] + at(j)[0]) / 2)}
                  y={px((at(i)[1] + at(j)[1]) / 2)}
                  weight={w}
                />
              ))}
            {positions.map(([x, y], i) => {
              const look = nodeLook(i, bits);
              return (
                <g key={i}>
                  <circle
                    cx={px(x)}
                    cy={px(y)}
                    r={NODE_R}
                    fill={look.fill}
                    stroke={INK}
                    strokeWidth={2.5}
                  />
                  <text
                    x={px(x)}
                    y={px(y)}
                    dy="0.35em"
                    textAnchor="middle"
                    fontWeight={700}
                    fill={look.text}
                  >
                    {i}
                  </text>
                </g>
              );
            })}
          </g>
        </svg>
      </Downloadable>
      <ul className="qaoa-legend" aria-label="Key">
        <li>
          <span className="qaoa-swatch" style={{ background: classColor(0) }} /> Side A (bit 0)
        </li>
        <li>
          <span className="qaoa-swatch" style={{ background: classColor(1) }} /> Side B (bit 1)
        </li>
        <li>
          <span className="qaoa-swatch-line" style={{ background: CUT }} /> Cut edge
        </li>
      </ul>
      <figcaption id={captionId} className="qaoa-caption">
        {graphCaption(edges, solution)}
      </figcaption>
    </figure>
  );
}
