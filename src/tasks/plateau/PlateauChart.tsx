// The task's chart, "Gradient variance against qubits": Var[∂C/∂θ_k] at each qubit count on a
// log axis, each point with its error bar (± one standard error of the variance), the fitted
// exponential dashed, and a previous sweep faint behind it for comparison; the numbers as a table.
import * as d3 from 'd3';
import { useCallback } from 'react';
import { DASH, axisTitle, drawLegend, emptyNote, styleAxis } from '../../charts/chartParts';
import type { LegendItem } from '../../charts/chartParts';
import { ChartSvg } from '../../charts/ChartSvg';
import { layer } from '../../charts/d3Layer';
import type { Sel } from '../../charts/d3Layer';
import { INK, QUANTUM } from '../../charts/palette';
import type { PlateauPoint } from '../../../workers/protocol';
import type { ExponentialFit } from '../../experiment/tasks/plateau/fit';

export const CHART_TITLE = 'Gradient variance against qubits';
/** The reference sweep: a grey light enough to sit behind, dark enough to read (3.3:1 on white). */
const REFERENCE = '#8b8f97';

/** One sweep to draw: its points, fit and legend words. */
export interface PlateauSeries {
  label: string;
  /** The label in a phone's legend. */
  short: string;
  points: readonly PlateauPoint[];
  fit: ExponentialFit | null;
}

interface Props {
  /** The qubit counts the sweep will have (the x axis spans them before the points come). */
  qubits: readonly number[];
  current: PlateauSeries;
  /** A finished earlier sweep, drawn faint. */
  reference: PlateauSeries | null;
  height?: number;
}

const MARGIN = { top: 16, right: 24, bottom: 56, left: 84 };

export function PlateauChart({ qubits, current, reference, height = 400 }: Props) {
  const paint = useCallback(
    (svg: SVGSVGElement, w: number) => draw(svg, { qubits, current, reference }, w, height),
    [qubits, current, reference, height],
  );
  const data = useCallback(() => {
    const ref = reference?.points ?? [];
    const ns = [...new Set([...current.points.map((p) => p.n), ...ref.map((p) => p.n)])].sort((a, b) => a - b); // prettier-ignore
    const at = (pts: readonly PlateauPoint[], n: number) => pts.find((p) => p.n === n)?.variance ?? null; // prettier-ignore
    return {
      columns: ['Qubits', `Variance (${current.label})`, ...(reference ? [`Variance (${reference.label}, earlier)`] : [])], // prettier-ignore
      rows: ns.map((n) => [n, at(current.points, n), ...(reference ? [at(ref, n)] : [])]),
    };
  }, [current, reference]);
  return (
    <ChartSvg
      label={CHART_TITLE}
      height={height}
      draw={paint}
      data={data}
      busy={current.points.length < qubits.length}
    />
  );
}

type Drawn = Omit<Props, 'height'>;

function draw(svgEl: SVGSVGElement, c: Drawn, width: number, height: number): void {
  const svg = d3.select(svgEl) as Sel<SVGSVGElement>;
  const series = [c.current, ...(c.reference ? [c.reference] : [])];
  const narrow = width < 560;
  const name = (s: PlateauSeries): string => (narrow ? s.short : s.label);
  const items: LegendItem[] = [
    { label: name(c.current), color: QUANTUM, kind: 'line', dot: true, width: 2 },
    ...(c.current.fit ? [{ label: `Fit: ${c.current.fit.base.toFixed(2)}^(−n)`, color: INK, kind: 'line' as const, dash: DASH, width: 2 }] : []), // prettier-ignore
    ...(c.reference ? [{ label: `Earlier: ${name(c.reference)}`, color: REFERENCE, kind: 'line' as const, dot: true, width: 2 }] : []), // prettier-ignore
  ];
  // On a phone from the left edge and below the download control in the top right corner; else
  // beside it.
  const drop = narrow ? 26 : 0;
  const legend = layer(svg, 'g', 'legend').attr('transform', `translate(0,${drop})`);
  const rows = drawLegend(legend, items, narrow ? 8 : MARGIN.left, width - (narrow ? 8 : 40));
  const top = MARGIN.top + drop + rows * 26 + 8;
  const plotW = Math.max(40, width - MARGIN.left - MARGIN.right);
  const plotH = Math.max(40, height - top - MARGIN.bottom);

  const ns = [...c.qubits, ...series.flatMap((s) => s.points.map((p) => p.n))];
  const x = d3
    .scaleLinear()
    .domain([Math.min(...ns) - 0.5, Math.max(...ns) + 0.5])
    .range([0, plotW]);
  const values = series.flatMap((s) => s.points.flatMap((p) => [p.variance + p.varianceError, p.variance, p.variance - p.varianceError])).filter((v) => v > 0); // prettier-ignore
  const lo = values.length ? Math.min(...values) : 1e-4;
  const hi = values.length ? Math.max(...values) : 1;
  const y = d3
    .scaleLog()
    .domain([Math.min(lo, hi / 10) / 2, hi * 2])
    .range([plotH, 0])
    .clamp(true);

  const g = layer(svg, 'g', 'plot').attr('transform', `translate(${MARGIN.left},${top})`);
  const decades = Math.log10(y.domain()[1]! / y.domain()[0]!);
  const yTicks = y.ticks().filter((t) => Math.abs(Math.log10(t) - Math.round(Math.log10(t))) < 1e-9); // prettier-ignore
  const shownY = decades > Math.floor(plotH / 28) ? yTicks.filter((_, i) => i % 2 === 0) : yTicks; // prettier-ignore
  layer(g, 'g', 'y-axis')
    .call(
      d3
        .axisLeft(y)
        .tickValues(shownY)
        .tickFormat((t) => powerOfTen(Number(t)))
        .tickSize(-plotW)
        .tickPadding(8),
    ) // prettier-ignore
    .call((a) => styleAxis(a, true));
  const xTicks = [...new Set(ns)].sort((a, b) => a - b);
  const xShown = plotW / xTicks.length < 28 ? xTicks.filter((n) => n % 2 === 0) : xTicks;
  layer(g, 'g', 'x-axis')
    .attr('transform', `translate(0,${plotH})`)
    .call(
      d3
        .axisBottom(x)
        .tickValues(xShown)
        .tickFormat(d3.format('d'))
        .tickSizeOuter(0)
        .tickPadding(8),
    ) // prettier-ignore
    .call((a) => styleAxis(a));

  const line = d3.line<{ n: number; v: number }>().x((q) => x(q.n)).y((q) => y(q.v)); // prettier-ignore
  const parts = [
    { cls: 'ref', s: c.reference, color: REFERENCE, opacity: 0.7 },
    { cls: 'cur', s: c.current, color: QUANTUM, opacity: 1 },
  ];
  for (const { cls, s, color, opacity } of parts) {
    const pts = s?.points ?? [];
    layer(g, 'path', `${cls}-line`)
      .attr('fill', 'none')
      .attr('stroke', color)
      .attr('stroke-opacity', opacity)
      .attr('stroke-width', 2)
      .attr('d', line(pts.map((p) => ({ n: p.n, v: p.variance }))) ?? '');
    const fit = s?.fit ?? null;
    const [x0, x1] = x.domain() as [number, number];
    const fitPts = fit ? [x0, x1].map((n) => ({ n, v: Math.exp(fit.intercept + fit.slope * n) })) : []; // prettier-ignore
    layer(g, 'path', `${cls}-fit`)
      .attr('fill', 'none')
      .attr('stroke', cls === 'cur' ? INK : REFERENCE)
      .attr('stroke-opacity', opacity)
      .attr('stroke-width', cls === 'cur' ? 2 : 1.5)
      .attr('stroke-dasharray', DASH)
      .attr('d', line(fitPts) ?? '');
    // Error bars: ± one standard error of the variance (the lower end clipped at the axis).
    layer(g, 'g', `${cls}-bars`)
      .selectAll('line')
      .data(pts)
      .join('line')
      .attr('stroke', color)
      .attr('stroke-opacity', opacity)
      .attr('stroke-width', 2)
      .attr('x1', (p) => x(p.n))
      .attr('x2', (p) => x(p.n))
      .attr('y1', (p) => y(p.variance + p.varianceError))
      .attr('y2', (p) => y(Math.max(y.domain()[0]!, p.variance - p.varianceError)));
    layer(g, 'g', `${cls}-dots`)
      .selectAll('circle')
      .data(pts)
      .join('circle')
      .attr('r', cls === 'cur' ? 5 : 4)
      .attr('fill', color)
      .attr('fill-opacity', opacity)
      .attr('stroke', '#ffffff')
      .attr('stroke-width', 1.5)
      .attr('cx', (p) => x(p.n))
      .attr('cy', (p) => y(p.variance));
  }
  emptyNote(
    g,
    plotW,
    plotH,
    series.some((s) => s.points.length > 0) ? '' : 'No points yet: press Play',
  );
  axisTitle(
    g,
    'y-label',
    narrow ? 'Var[∂C/∂θ]' : 'Var[∂C/∂θ] (log scale)',
    -MARGIN.left + 20,
    plotH / 2,
    true,
  );
  axisTitle(svg, 'x-label', 'Qubits n', MARGIN.left + plotW / 2, height - 12);
}

const SUP = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** 10⁻³ for 0.001. */
function powerOfTen(v: number): string {
  const e = Math.round(Math.log10(v));
  if (e === 0) return '1';
  const digits = String(Math.abs(e))
    .split('')
    .map((d) => SUP[Number(d)])
    .join('');
  return `10${e < 0 ? '⁻' : ''}${digits}`;
}
