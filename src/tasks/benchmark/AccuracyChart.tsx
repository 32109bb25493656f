// The benchmark's chart: mean test accuracy against the data set's difficulty, a line per model
// (quantum ones dashed, with diamonds), ± the spread over seeds, and the study's values as rings.
import * as d3 from 'd3';
import { useCallback } from 'react';
import { axisTitle, DASH, drawValueAxis, emptyNote, styleAxis } from '../../charts/chartParts';
import { ChartSvg } from '../../charts/ChartSvg';
import { layer } from '../../charts/d3Layer';
import type { Sel } from '../../charts/d3Layer';
import { AXIS, FONT_FAMILY, FONT_SIZE, MUTED } from '../../charts/palette';
import { publishedAccuracy } from '../../experiment/tasks/benchmark/published';
import type { CellSummary } from './summary';

/** A model as the chart, its legend and the table show it. */
export interface ShownModel {
  id: string;
  label: string;
  quantum: boolean;
  color: string;
}

interface Props {
  dataset: string;
  /** The swept parameter: its symbol ("d") and what it is ("Input dimension"). */
  difficulty: { name: string; label: string };
  /** The sweep's values, ascending. */
  difficulties: readonly number[];
  models: readonly ShownModel[];
  /** From summarise(): the cells finished so far. */
  summary: ReadonlyMap<string, ReadonlyMap<number, CellSummary>>;
  /** Seeds per cell: error bars only with more than one. */
  seeds: number;
  width?: number;
  height?: number;
}

/** Warm colours for classical models, cool ones for quantum: the family reads from the back of a room. */
const CLASSICAL_COLORS = ['#e07b24', '#8c7a00', '#000000', '#7f3b08'];
const QUANTUM_COLORS = ['#6d3fd6', '#0072b2', '#009e73', '#cc79a7', '#56b4e9', '#d55e00'];

/** The colour of the `index`-th model of its family (in the model list's order). */
export function modelColor(quantum: boolean, index: number): string {
  const list = quantum ? QUANTUM_COLORS : CLASSICAL_COLORS;
  return list[index % list.length]!;
}

/** The y axis: 0.4 … 1 unless a value lies lower, then down to the tenth below it (not below 0). */
export function accuracyDomain(values: readonly number[]): [number, number] {
  const lo = Math.min(0.4, ...values.filter(Number.isFinite));
  return [Math.max(0, Math.floor(lo * 10 + 1e-9) / 10), 1];
}

interface Point {
  difficulty: number;
  mean: number;
  spread: number;
  count: number;
}
interface Series {
  model: ShownModel;
  /** Its place among the models, for the sideways nudge that keeps error bars apart. */
  index: number;
  points: Point[];
  published: { difficulty: number; accuracy: number }[];
}

const MARGIN = { top: 16, right: 20, bottom: 56, left: 64 };
const CIRCLE = d3.symbol(d3.symbolCircle, 80)() ?? '';
const DIAMOND = d3.symbol(d3.symbolDiamond, 100)() ?? '';

export function AccuracyChart(props: Props) {
  const { dataset, difficulty, difficulties, models, summary, seeds, width, height = 380 } = props;
  const paint = useCallback(
    (svg: SVGSVGElement, w: number) =>
      draw(svg, { dataset, difficulty, difficulties, models, summary, seeds }, w, height),
    [dataset, difficulty, difficulties, models, summary, seeds, height],
  );
  // A row per difficulty: each model's mean accuracy over its seeds and their spread.
  const data = useCallback(
    () => ({
      columns: [
        difficulty.label,
        ...models.flatMap((m) => [`${m.label} accuracy`, `${m.label} spread`]),
      ],
      rows: difficulties.map((d) => [
        d,
        ...models.flatMap((m) => {
          const cell = summary.get(m.id)?.get(d);
          return cell ? [cell.mean, cell.spread] : [null, null];
        }),
      ]),
    }),
    [difficulty, difficulties, models, summary],
  );
  const anyPublished = props.difficulties.some((d) =>
    props.models.some((m) => publishedAccuracy(props.dataset, d, m.id) !== undefined),
  );
  return (
    <figure className="benchmark-chart">
      <h3 id="accuracy-chart-heading">Accuracy against difficulty</h3>
      <ChartSvg
        label="Accuracy against difficulty"
        width={width}
        height={height}
        draw={paint}
        data={data}
        // The same numbers are the visible results table below.
        hiddenTable={false}
      />
      <ul className="benchmark-legend" aria-label="Legend">
        {props.models.map((m) => (
          <li key={m.id}>
            <svg width="34" height="16" aria-hidden="true">
              <line
                x1="1"
                x2="33"
                y1="8"
                y2="8"
                stroke={m.color}
                strokeWidth="3"
                strokeDasharray={m.quantum ? '6 4' : undefined}
              />
              <path d={m.quantum ? DIAMOND : CIRCLE} transform="translate(17,8)" fill={m.color} />
            </svg>
            {m.label}
            {m.quantum && <span className="benchmark-tag">quantum</span>}
          </li>
        ))}
        {anyPublished && (
          <li>
            <svg width="20" height="20" aria-hidden="true">
              <circle cx="10" cy="10" r="7" fill="none" stroke={MUTED} strokeWidth="2" />
            </svg>
            The study’s value
          </li>
        )}
        {props.seeds > 1 && (
          <li>
            <svg width="14" height="20" aria-hidden="true">
              <path d="M3 2H11M7 2V18M3 18H11" stroke={MUTED} strokeWidth="2" fill="none" />
            </svg>
            ± spread over {props.seeds} seeds
          </li>
        )}
      </ul>
    </figure>
  );
}

function seriesOf(c: Props): Series[] {
  return c.models.map((model, index) => {
    const row = c.summary.get(model.id);
    const points: Point[] = [];
    const published: Series['published'] = [];
    for (const difficulty of c.difficulties) {
      const s = row?.get(difficulty);
      if (s && Number.isFinite(s.mean)) points.push({ difficulty, ...s });
      const p = publishedAccuracy(c.dataset, difficulty, model.id);
      if (p !== undefined) published.push({ difficulty, accuracy: p });
    }
    return { model, index, points, published };
  });
}

function draw(svgEl: SVGSVGElement, c: Props, width: number, height: number): void {
  const svg = d3.select(svgEl) as Sel<SVGSVGElement>;
  const plotW = Math.max(40, width - MARGIN.left - MARGIN.right);
  const plotH = Math.max(40, height - MARGIN.top - MARGIN.bottom);
  const series = seriesOf(c);
  const values = series.flatMap((s) => [
    ...s.points.map((p) => p.mean - (p.count > 1 ? p.spread : 0)),
    ...s.published.map((p) => p.accuracy),
  ]);
  const y = d3.scaleLinear().domain(accuracyDomain(values)).range([plotH, 0]).clamp(true);
  const yTicks = Math.max(3, Math.min(7, Math.floor(plotH / 45)));

  const xs = c.difficulties;
  const lo = xs[0] ?? 0;
  const hi = xs[xs.length - 1] ?? 1;
  const inset = Math.min(28, plotW / 8);
  const x = d3
    .scaleLinear()
    .domain(hi > lo ? [lo, hi] : [lo - 1, lo + 1])
    .range([inset, plotW - inset]);
  // Models side by side at each value, a few pixels apart, so that their error bars stay distinct.
  const gaps = xs.slice(1).map((v, i) => x(v) - x(xs[i]!));
  const step = Math.min(5, Math.min(plotW, ...gaps) / (2 * Math.max(1, series.length)));
  const nudge = (s: Series): number => (s.index - (series.length - 1) / 2) * step;

  const g = layer(svg, 'g', 'plot').attr('transform', `translate(${MARGIN.left},${MARGIN.top})`);
  drawValueAxis(g, y, yTicks, plotW, 1);
  layer(g, 'g', 'x-axis')
    .attr('transform', `translate(0,${plotH})`)
    .call(
      d3.axisBottom(x).tickValues(xs).tickFormat(d3.format('d')).tickSizeOuter(0).tickPadding(8),
    ) // prettier-ignore
    .call((a) => styleAxis(a));

  // Chance: a classifier that guesses scores 0.5 on these balanced data sets.
  layer(g, 'line', 'chance')
    .attr('x1', 0)
    .attr('x2', plotW)
    .attr('y1', y(0.5))
    .attr('y2', y(0.5))
    .attr('stroke', AXIS)
    .attr('stroke-width', 1.5)
    .attr('stroke-dasharray', '2 5');
  layer(g, 'text', 'chance-label')
    .attr('x', plotW - 4)
    .attr('y', y(0.5) - 6)
    .attr('text-anchor', 'end')
    .attr('font-family', FONT_FAMILY)
    .attr('font-size', FONT_SIZE)
    .attr('fill', MUTED)
    .text('chance');

  const groups = layer(g, 'g', 'series')
    .selectAll<SVGGElement, Series>('g.model')
    .data(series, (s) => s.model.id)
    .join((enter) => {
      const e = enter.append('g').attr('class', 'model');
      e.append('path').attr('class', 'line').attr('fill', 'none').attr('stroke-width', 3).attr('stroke-linejoin', 'round'); // prettier-ignore
      e.append('g').attr('class', 'bars');
      e.append('g').attr('class', 'published');
      e.append('g').attr('class', 'dots');
      return e;
    });
  groups.each(function (s) {
    const sg = d3.select(this);
    const px = (d: number): number => x(d) + nudge(s);
    const line = d3.line<Point>().x((p) => px(p.difficulty)).y((p) => y(p.mean)); // prettier-ignore
    sg.select('path.line')
      .attr('stroke', s.model.color)
      .attr('stroke-dasharray', s.model.quantum ? DASH : null)
      .attr('d', line(s.points) ?? '');
    sg.select('g.bars')
      .selectAll('path')
      .data(s.points.filter((p) => p.count > 1 && p.spread > 0))
      .join('path')
      .attr('fill', 'none')
      .attr('stroke', s.model.color)
      .attr('stroke-width', 2)
      .attr('d', (p) => {
        const [top, bottom, cx] = [y(p.mean + p.spread), y(p.mean - p.spread), px(p.difficulty)];
        return `M${cx - 4},${top}H${cx + 4}M${cx},${top}V${bottom}M${cx - 4},${bottom}H${cx + 4}`;
      });
    sg.select('g.published')
      .selectAll('circle')
      .data(s.published)
      .join('circle')
      .attr('r', 8)
      .attr('fill', 'none')
      .attr('stroke', s.model.color)
      .attr('stroke-width', 2.5)
      .attr('cx', (p) => px(p.difficulty))
      .attr('cy', (p) => y(p.accuracy));
    sg.select('g.dots')
      .selectAll('path')
      .data(s.points)
      .join('path')
      .attr('d', s.model.quantum ? DIAMOND : CIRCLE)
      .attr('fill', s.model.color)
      .attr('stroke', '#ffffff')
      .attr('stroke-width', 1.5)
      .attr('transform', (p) => `translate(${px(p.difficulty)},${y(p.mean)})`);
  });

  axisTitle(g, 'y-label', 'Test accuracy', -MARGIN.left + 18, plotH / 2, true);
  axisTitle(svg, 'x-label', `${c.difficulty.label} ${c.difficulty.name}`, MARGIN.left + plotW / 2, height - 10); // prettier-ignore
  const empty = series.every((s) => s.points.length === 0);
  emptyNote(g, plotW, plotH, empty ? 'No cells finished yet' : '');
}
