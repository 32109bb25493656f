// A portfolio solution drawn as what it is: each asset's expected return (bars up) and risk (bars
// down), the chosen assets filled, the others hollow, and whether the budget is kept.
import * as d3 from 'd3';
import { useId } from 'react';
import { Downloadable } from '../../charts/Downloadable';
import { AXIS, CLASS_COLORS, FONT_FAMILY, FONT_SIZE, GRID, INK, MUTED } from '../../charts/palette';
import type { Solution } from '../../../workers/protocol';
import { portfolioCaption } from './captions';
import { bitOf, formatValue } from './qaoaFormat';

interface Props {
  names: string[];
  mu: number[];
  sigma: number[];
  budget: number;
  risk: number;
  solution: Solution | null;
  label: string;
  width: number;
}

const CHOSEN = CLASS_COLORS[0] ?? '#0072b2';
const HOLLOW = '#6b7280';
const M = { left: 72, right: 8, top: 10 };
const RETURN_H = 150;
const RISK_H = 80;
/** Width of a character of a name at FONT_SIZE, roughly, to decide whether names must turn. */
const CHAR_W = 8.5;
const MAX_NAME = 8;

export function PortfolioSolution(props: Props) {
  // The caption under the picture says what it shows: it describes the picture.
  const captionId = useId();
  const { names, mu, sigma, budget, risk, solution, label, width } = props;
  const n = names.length;
  const plotW = Math.max(60, width - M.left - M.right);
  const slot = plotW / Math.max(1, n);
  const barW = Math.max(4, Math.min(40, slot * 0.7));
  const shortNames = names.map((s) => (s.length > MAX_NAME ? `${s.slice(0, MAX_NAME - 1)}…` : s));
  const longest = Math.max(1, ...shortNames.map((s) => s.length));
  // Names turn upright when they do not fit their slot side by side.
  const upright = longest * CHAR_W + 6 > slot;
  const nameH = upright ? longest * CHAR_W + 10 : 26;
  const height = M.top + RETURN_H + nameH + RISK_H + 6;
  const on = (i: number) => solution !== null && bitOf(solution.bits, i) === 1;
  const cx = (i: number) => M.left + (i + 0.5) * slot;

  const lo = Math.min(0, ...mu);
  const hi = Math.max(0, ...mu);
  const y = d3
    .scaleLinear()
    .domain([lo, hi > lo ? hi : lo + 1])
    .nice(3)
    .range([M.top + RETURN_H, M.top]);
  const top2 = M.top + RETURN_H + nameH;
  const s = d3
    .scaleLinear()
    .domain([0, Math.max(...sigma, 0) || 1])
    .nice(2)
    .range([top2, top2 + RISK_H]);

  return (
    <figure className="qaoa-figure qaoa-figure-wide">
      <Downloadable label={label} style={{ maxWidth: '100%' }}>
        <svg
          role="img"
          aria-label={label}
          aria-describedby={captionId}
          width={width}
          height={height}
          className="qaoa-picture"
        >
          <g fontFamily={FONT_FAMILY} fontSize={FONT_SIZE} fill={MUTED}>
            <GridLines scale={y} ticks={3} left={M.left} width={plotW} keyPrefix="r" />
            <GridLines scale={s} ticks={2} left={M.left} width={plotW} keyPrefix="s" />
            <text
              transform={`translate(16,${M.top + RETURN_H / 2}) rotate(-90)`}
              textAnchor="middle"
              fill={INK}
              fontWeight={600}
            >
              Return μ
            </text>
            <text
              transform={`translate(16,${top2 + RISK_H / 2}) rotate(-90)`}
              textAnchor="middle"
              fill={INK}
              fontWeight={600}
            >
              Risk σ
            </text>
            {names.map((_, i) => {
              const m = mu[i] ?? 0;
              const sd = sigma[i] ?? 0;
              const fill = on(i) ? CHOSEN : '#ffffff';
              const stroke = on(i) ? CHOSEN : HOLLOW;
              return (
                <g key={i}>
                  <rect
                    x={cx(i) - barW / 2}
                    y={Math.min(y(m), y(0))}
                    width={barW}
                    height={Math.max(1, Math.abs(y(m) - y(0)))}
                    fill={fill}
                    stroke={stroke}
                    strokeWidth={1.5}
                  />
                  <rect
                    x={cx(i) - barW / 4}
                    y={top2}
                    width={barW / 2}
                    height={Math.max(1, s(sd) - top2)}
                    fill={fill}
                    fillOpacity={0.6}
                    stroke={stroke}
                    strokeWidth={1.5}
                  />
                  <title>{`${names[i]}: expected return ${formatValue(m)}, risk σ ${formatValue(sd)}${on(i) ? ', chosen' : ''}`}</title>
                </g>
              );
            })}
            {shortNames.map((name, i) => (
              <text
                key={i}
                transform={
                  upright
                    ? `translate(${cx(i)},${M.top + RETURN_H + 6}) rotate(-90)`
                    : `translate(${cx(i)},${M.top + RETURN_H + 18})`
                }
                dy={upright ? '0.35em' : undefined}
                textAnchor={upright ? 'end' : 'middle'}
                fill={on(i) ? INK : MUTED}
                fontWeight={on(i) ? 700 : 400}
              >
                {name}
              </text>
            ))}
          </g>
        </svg>
      </Downloadable>
      <ul className="qaoa-legend" aria-label="Key">
        <li>
          <span className="qaoa-swatch" style={{ background: CHOSEN }} /> Chosen
        </li>
        <li>
          <span className="qaoa-swatch qaoa-swatch-hollow" /> Not chosen
        </li>
      </ul>
      <figcaption id={captionId} className="qaoa-caption">
        {portfolioCaption(names, budget, risk, solution)}
      </figcaption>
    </figure>
  );
}

/** Horizontal grid lines at a scale's ticks, labelled on the left; the zero line darker. */
function GridLines({
  scale,
  ticks,
  left,
  width,
  keyPrefix,
}: {
  scale: d3.ScaleLinear<number, number>;
  ticks: number;
  left: number;
  width: number;
  keyPrefix: string;
}) {
  return scale.ticks(ticks).map((t) => (
    <g key={`${keyPrefix}${t}`}>
      <line
        x1={left}
        x2={left + width}
        y1={scale(t)}
        y2={scale(t)}
        stroke={t === 0 ? AXIS : GRID}
        strokeWidth={t === 0 ? 1.5 : 1}
      />
      <text x={left - 6} y={scale(t)} dy="0.35em" textAnchor="end">
        {formatValue(t)}
      </text>
    </g>
  ));
}
