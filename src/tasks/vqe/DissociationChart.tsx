// The dissociation curve: VQE, Hartree–Fock and exact energies against the bond length.
import * as d3 from 'd3';
import { useCallback } from 'react';
import { ChartSvg } from '../../charts/ChartSvg';
import { layer } from '../../charts/d3Layer';
import type { Sel } from '../../charts/d3Layer';
import { AXIS, CLASSICAL, INK, QUANTUM } from '../../charts/palette';
import {
  axisTitle,
  DASH,
  drawLegend,
  fixedTickFormat,
  LEGEND_ROW,
  styleAxis,
  finite,
  drawValueAxis,
  emptyNote,
} from '../../charts/chartParts';
import type { LegendItem } from '../../charts/chartParts';
import type { ScanRow } from './scanCsv';

interface Props {
  /** One row per bond length, by increasing bond length; redrawn in place on every update. */
  rows: readonly ScanRow[];
  /** True while the scan runs: the next bond length to compute is marked. */
  running?: boolean;
  /** Pixels; fills the container when omitted. */
  width?: number;
  height?: number;
}

type Key = 'exact' | 'hf' | 'vqe';

interface Series {
  key: Key;
  label: string;
  color: string;
  width: number;
  dash: string | null;
  value: (r: ScanRow) => number | null;
}

// Drawn in this order: the thick exact line stays visible on both sides of VQE lying on it.
const SERIES: readonly Series[] = [
  { key: 'exact', label: 'Exact', color: INK, width: 5, dash: null, value: (r) => r.exact },
  { key: 'hf', label: 'Hartree–Fock', color: CLASSICAL, width: 3, dash: DASH, value: (r) => r.hartreeFock }, // prettier-ignore
  { key: 'vqe', label: 'VQE', color: QUANTUM, width: 2.5, dash: null, value: (r) => r.vqe },
];
const LEGEND: readonly LegendItem[] = [
  { label: 'VQE', color: QUANTUM, kind: 'line', dot: true, width: 2.5 },
  { label: 'Hartree–Fock', color: CLASSICAL, kind: 'line', dash: DASH, width: 3 },
  { label: 'Exact', color: INK, kind: 'line', width: 5 },
];
const MARGIN = { right: 24, bottom: 56, left: 92 };

export function DissociationChart({ rows, running = false, width, height = 400 }: Props) {
  const paint = useCallback(
    (svg: SVGSVGElement, w: number) => draw(svg, rows, running, w, height),
    [rows, running, height],
  );
  const data = useCallback(
    () => ({
      columns: ['Bond length (Å)', ...SERIES.map((s) => `${s.label} (Ha)`)],
      rows: rows.map((r) => [r.bondLength, ...SERIES.map((s) => s.value(r))]),
    }),
    [rows],
  );
  return (
    <ChartSvg
      label="Energy against bond length"
      width={width}
      height={height}
      busy={running}
      draw={paint}
      data={data}
    />
  );
}

function draw(
  svgEl: SVGSVGElement,
  rows: readonly ScanRow[],
  running: boolean,
  width: number,
  height: number,
) {
  const svg = d3.select(svgEl) as Sel<SVGSVGElement>;
  const plotW = Math.max(40, width - MARGIN.left - MARGIN.right);
  const legendRows = drawLegend(layer(svg, 'g', 'legend'), LEGEND, MARGIN.left, width - MARGIN.right); // prettier-ignore
  const top = 20 + legendRows * LEGEND_ROW;
  const plotH = Math.max(40, height - top - MARGIN.bottom);
  const yTicks = Math.max(3, Math.min(8, Math.floor(plotH / 45)));

  const lengths = rows.map((r) => r.bondLength).filter(Number.isFinite);
  const [xLo = 0.5, xHi = 3] = d3.extent(lengths);
  const x = d3
    .scaleLinear()
    .domain(xHi - xLo > 0 ? [xLo, xHi] : [xLo - 0.25, xLo + 0.25])
    .nice(Math.floor(plotW / 80))
    .range([0, plotW]);
  const energies = rows.flatMap((r) => SERIES.map((s) => s.value(r)).filter(finite));
  const [eLo = -1.2, eHi = -0.8] = d3.extent(energies);
  const pad = Math.max((eHi - eLo) * 0.05, 0.005);
  const y = d3
    .scaleLinear()
    .domain([eLo - pad, eHi + pad])
    .nice(yTicks)
    .range([plotH, 0]);

  const g = layer(svg, 'g', 'plot').attr('transform', `translate(${MARGIN.left},${top})`);
  drawValueAxis(g, y, yTicks, plotW, 2);
  layer(g, 'g', 'x-axis')
    .attr('transform', `translate(0,${plotH})`)
    .call(
      d3
        .axisBottom(x)
        .ticks(Math.floor(plotW / 80))
        .tickFormat(fixedTickFormat(x, Math.floor(plotW / 80), 1))
        .tickSizeOuter(0)
        .tickPadding(8),
    )
    .call((a) => styleAxis(a));

  // While scanning: a dashed vertical line at the bond length being computed.
  const next = running ? rows.find((r) => r.vqe === null) : undefined;
  layer(g, 'g', 'next')
    .selectAll('line')
    .data(next ? [next] : [])
    .join(
      (enter) =>
      enter.append('line').attr('y1', 0).attr('stroke', AXIS).attr('stroke-width', 2).attr('stroke-dasharray', '3 5'), // prettier-ignore
    )
    .attr('y2', plotH)
    .attr('x1', (r) => x(r.bondLength))
    .attr('x2', (r) => x(r.bondLength));

  const path = (s: Series) =>
    d3
      .line<ScanRow>()
      .defined((r) => finite(s.value(r)) && Number.isFinite(r.bondLength))
      .x((r) => x(r.bondLength))
      .y((r) => y(s.value(r) ?? 0))(rows) ?? '';
  layer(g, 'g', 'lines')
    .selectAll<SVGPathElement, Series>('path')
    .data(SERIES, (s) => s.key)
    .join((enter) =>
      enter
        .append('path')
        .attr('fill', 'none')
        .attr('stroke-linejoin', 'round')
        .attr('stroke-linecap', 'round')
        .attr('stroke', (s) => s.color)
        .attr('stroke-width', (s) => s.width)
        .attr('stroke-dasharray', (s) => s.dash),
    )
    .attr('d', path);

  const computed = rows.filter((r) => finite(r.vqe) && Number.isFinite(r.bondLength));
  layer(g, 'g', 'vqe-points')
    .selectAll<SVGCircleElement, ScanRow>('circle')
    .data(computed, (r) => String(r.bondLength))
    .join(
      (enter) =>
      enter.append('circle').attr('r', 5).attr('fill', QUANTUM).attr('stroke', '#ffffff').attr('stroke-width', 1.5), // prettier-ignore
    )
    .attr('cx', (r) => x(r.bondLength))
    .attr('cy', (r) => y(r.vqe ?? 0));

  axisTitle(g, 'y-label', 'Energy (Ha)', -MARGIN.left + 18, plotH / 2, true);
  axisTitle(svg, 'x-label', 'Bond length (Å)', MARGIN.left + plotW / 2, height - 10);
  emptyNote(g, plotW, plotH, rows.length === 0 ? 'No bond lengths yet' : '');
}
