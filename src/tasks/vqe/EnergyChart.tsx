// VQE energy per iteration, with the exact and Hartree–Fock lines and the chemical-accuracy band.
import * as d3 from 'd3';
import { useCallback } from 'react';
import { ChartSvg } from '../../charts/ChartSvg';
import { layer } from '../../charts/d3Layer';
import { decimate } from '../../charts/decimate';
import { epochTicks } from '../../charts/epochTicks';
import type { Sel } from '../../charts/d3Layer';
import { CLASSICAL, FONT_FAMILY, FONT_SIZE, INK, MUTED, QUANTUM } from '../../charts/palette';
import {
  axisTitle,
  DASH,
  drawLegend,
  LEGEND_ROW,
  styleAxis,
  finite,
  drawEnergyAxis,
} from './chartParts';
import type { LegendItem } from './chartParts';
import { CHEMICAL_ACCURACY, energyDomain } from './energyDomain';

export interface EnergyPoint {
  iteration: number;
  /** ⟨H⟩ in hartree. */
  energy: number;
}

interface Props {
  /** In iteration order; redrawn in place on every update. */
  points: readonly EnergyPoint[];
  /** Full-CI energy (Ha), or null when unknown. */
  exact: number | null;
  hartreeFock: number | null;
  /** Pixels; fills the container when omitted. */
  width?: number;
  height?: number;
}

/** The chemical-accuracy band: Okabe–Ito bluish green, the "good enough" zone. */
const BAND = '#009e73';
const MARGIN = { right: 24, bottom: 56, left: 96 };
/** Least height of the band in pixels, so it stays visible when the data spans a lot. */
const MIN_BAND_PX = 3;

interface Ref {
  key: 'exact' | 'hf';
  label: string;
  value: number;
  color: string;
  dash: string | null;
  width: number;
}

export function EnergyChart({ points, exact, hartreeFock, width, height = 400 }: Props) {
  const paint = useCallback(
    (svg: SVGSVGElement, w: number) => draw(svg, points, exact, hartreeFock, w, height),
    [points, exact, hartreeFock, height],
  );
  return <ChartSvg label="Energy against iteration" width={width} height={height} draw={paint} />;
}

function draw(
  svgEl: SVGSVGElement,
  points: readonly EnergyPoint[],
  exact: number | null,
  hartreeFock: number | null,
  width: number,
  height: number,
) {
  const svg = d3.select(svgEl) as Sel<SVGSVGElement>;
  const plotW = Math.max(40, width - MARGIN.left - MARGIN.right);
  const refs: Ref[] = [];
  if (finite(exact))
    refs.push({ key: 'exact', label: 'Exact', value: exact, color: INK, dash: null, width: 2 });
  if (finite(hartreeFock))
    refs.push({ key: 'hf', label: 'Hartree–Fock', value: hartreeFock, color: CLASSICAL, dash: DASH, width: 3 }); // prettier-ignore

  const legend: LegendItem[] = [
    { label: 'VQE', color: QUANTUM, kind: 'line', dot: true, width: 3 },
    ...refs.map((r): LegendItem => ({ label: r.label, color: r.color, kind: 'line', dash: r.dash, width: r.width })), // prettier-ignore
  ];
  if (finite(exact))
    legend.push({ label: 'Chemical accuracy (1.6 mHa)', color: BAND, kind: 'band' });
  const rows = drawLegend(layer(svg, 'g', 'legend'), legend, MARGIN.left, width - MARGIN.right);
  const top = 20 + rows * LEGEND_ROW;
  const plotH = Math.max(40, height - top - MARGIN.bottom);
  const yTicks = Math.max(3, Math.min(8, Math.floor(plotH / 45)));

  const first = points[0]?.iteration ?? 0;
  const last = points[points.length - 1]?.iteration ?? 0;
  const x0 = Math.min(0, first);
  const x = d3
    .scaleLinear()
    .domain([x0, Math.max(x0 + 10, last)])
    .range([0, plotW]);
  const y = d3
    .scaleLinear()
    .domain(
      energyDomain(
        points.map((p) => p.energy),
        exact,
        hartreeFock,
      ),
    )
    .nice(yTicks)
    .range([plotH, 0]);

  const g = layer(svg, 'g', 'plot').attr('transform', `translate(${MARGIN.left},${top})`);
  drawEnergyAxis(g, y, yTicks, plotW);
  layer(g, 'g', 'x-axis')
    .attr('transform', `translate(0,${plotH})`)
    .call(
      d3
        .axisBottom(x)
        // Whole iterations only.
        .tickValues(epochTicks(x.domain()[0]!, x.domain()[1]!, Math.floor(plotW / 70)))
        .tickFormat(d3.format('d'))
        .tickSizeOuter(0)
        .tickPadding(8),
    )
    .call((a) => styleAxis(a));

  // Chemical accuracy: exact ± 1.6 mHa, at least MIN_BAND_PX high.
  const band = finite(exact)
    ? [{ y0: y(exact + CHEMICAL_ACCURACY), y1: y(exact - CHEMICAL_ACCURACY) }]
    : [];
  const bandG = layer(g, 'g', 'band');
  bandG
    .selectAll('rect')
    .data(band)
    .join((enter) => enter.append('rect').attr('x', 0).attr('fill', BAND).attr('fill-opacity', 0.3)) // prettier-ignore
    .attr('width', plotW)
    .attr('y', (b) => Math.min(b.y0, (b.y0 + b.y1 - MIN_BAND_PX) / 2))
    .attr('height', (b) => Math.max(b.y1 - b.y0, MIN_BAND_PX));
  // Its edges, so that a thin band still reads as a band behind the lines.
  bandG
    .selectAll('line')
    .data(band.flatMap((b) => [b.y0, b.y1]))
    .join((enter) =>
      enter.append('line').attr('x1', 0).attr('stroke', BAND).attr('stroke-width', 1.5),
    ) // prettier-ignore
    .attr('x2', plotW)
    .attr('y1', (v) => v)
    .attr('y2', (v) => v);

  layer(g, 'g', 'refs')
    .selectAll<SVGLineElement, Ref>('line')
    .data(refs, (r) => r.key)
    .join((enter) => enter.append('line').attr('x1', 0))
    .attr('x2', plotW)
    .attr('y1', (r) => y(r.value))
    .attr('y2', (r) => y(r.value))
    .attr('stroke', (r) => r.color)
    .attr('stroke-width', (r) => r.width)
    .attr('stroke-dasharray', (r) => r.dash);

  const at = (i: number) => points[i]?.energy ?? NaN;
  const line = d3
    .line<number>()
    .defined((i) => Number.isFinite(at(i)))
    .x((i) => x(points[i]?.iteration ?? 0))
    .y((i) => y(at(i)));
  layer(g, 'path', 'vqe')
    .attr('fill', 'none')
    .attr('stroke', QUANTUM)
    .attr('stroke-width', 3)
    .attr('stroke-linejoin', 'round')
    .attr('stroke-linecap', 'round')
    .attr('d', line(decimate(points.length, at, plotW / 4)) ?? '');

  // The latest energy as a dot: also makes a single iteration visible.
  let end: EnergyPoint | undefined;
  for (let i = points.length - 1; i >= 0 && !end; i--)
    if (Number.isFinite(points[i]?.energy)) end = points[i];
  layer(g, 'g', 'end')
    .selectAll('circle')
    .data(end ? [end] : [])
    .join(
      (enter) =>
      enter.append('circle').attr('r', 5).attr('fill', QUANTUM).attr('stroke', '#ffffff').attr('stroke-width', 1.5), // prettier-ignore
    )
    .attr('cx', (p) => x(p.iteration))
    .attr('cy', (p) => y(p.energy));

  drawRefLabels(layer(g, 'g', 'ref-labels'), refs, y, plotW, plotH);

  axisTitle(g, 'y-label', 'Energy (Ha)', -MARGIN.left + 18, plotH / 2, true);
  axisTitle(svg, 'x-label', 'Iteration', MARGIN.left + plotW / 2, height - 10);
  layer(g, 'text', 'empty')
    .attr('x', plotW / 2)
    .attr('y', plotH / 2)
    .attr('text-anchor', 'middle')
    .attr('dominant-baseline', 'central')
    .attr('font-family', FONT_FAMILY)
    .attr('font-size', FONT_SIZE + 2)
    .attr('fill', MUTED)
    .text(points.length === 0 ? 'No iterations yet' : '');
}

/**
 * "Exact" and "Hartree–Fock" at the right end of their lines: Hartree–Fock above its line, where
 * the converging energy has already left; Exact below its line, where a variational energy never
 * goes. Either flips to the other side when the plot has no room for it.
 */
function drawRefLabels(
  g: Sel<SVGGElement>,
  refs: readonly Ref[],
  y: d3.ScaleLinear<number, number>,
  plotW: number,
  plotH: number,
) {
  const GAP = 7;
  const CAP = FONT_SIZE; // height of the capitals, roughly
  const placed = refs.map((r) => {
    const ly = y(r.value);
    const above = ly - GAP;
    const below = ly + GAP + CAP;
    const fitsBelow = below <= plotH - 2;
    const fitsAbove = above - CAP >= 0;
    const under = r.key === 'exact' ? fitsBelow || !fitsAbove : !fitsAbove && fitsBelow;
    return { r, y: under ? below : above };
  });
  g.selectAll<SVGTextElement, (typeof placed)[number]>('text')
    .data(placed, (p) => p.r.key)
    .join((enter) =>
      enter
        .append('text')
        .attr('text-anchor', 'end')
        .attr('font-family', FONT_FAMILY)
        .attr('font-size', FONT_SIZE + 1)
        .attr('font-weight', 600)
        .attr('paint-order', 'stroke')
        .attr('stroke', '#ffffff')
        .attr('stroke-width', 4)
        .attr('stroke-linejoin', 'round'),
    )
    .attr('x', plotW - 14)
    .attr('y', (p) => p.y)
    // Ink for both: orange text on white is too faint to read on a projector.
    .attr('fill', INK)
    .text((p) => p.r.label);
}
