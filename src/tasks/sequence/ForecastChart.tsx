// "Forecast against truth": the series (grey) and both models' forecast of every window's target
// (quantum, noisy under noise, and classical), with the split between the training windows and
// the test windows after them.
import * as d3 from 'd3';
import { useCallback } from 'react';
import { axisTitle, drawLegend, drawValueAxis, styleAxis, type LegendItem } from '../../charts/chartParts'; // prettier-ignore
import { ChartSvg } from '../../charts/ChartSvg';
import type { CsvCell, CsvTable } from '../../charts/download/csvText';
import { layer } from '../../charts/d3Layer';
import { decimate } from '../../charts/decimate';
import { CLASSICAL, FONT_FAMILY, FONT_SIZE, MUTED, QUANTUM } from '../../charts/palette';

interface Props {
  /** The whole series in its own units. */
  series: Float64Array;
  /** Index in the series of each forecast (window target). */
  targetIndex: Int32Array;
  /** Forecasts [0, trainCount) are of training windows. */
  trainCount: number;
  quantum: Float64Array | null;
  classical: Float64Array | null;
  /** The quantum forecast is the noisy model's (the legend says so). */
  noisy?: boolean;
  width?: number;
  height?: number;
}

const MARGIN = { left: 64, right: 20, bottom: 46 };
const TRUTH = '#9ca3af';

const legend = (noisy: boolean): readonly LegendItem[] => [
  { label: 'Truth', color: TRUTH, kind: 'line', width: 2.5 },
  { label: noisy ? 'Quantum, noisy forecast' : 'Quantum forecast', color: QUANTUM, kind: 'line' },
  { label: 'Classical forecast', color: CLASSICAL, kind: 'line' },
];

export function ForecastChart(props: Props) {
  const { series, targetIndex, trainCount, quantum, classical, width, height = 320 } = props;
  const noisy = props.noisy ?? false;
  const paint = useCallback(
    (svg: SVGSVGElement, w: number) =>
      draw(svg, w, height, series, targetIndex, trainCount, quantum, classical, noisy),
    [series, targetIndex, trainCount, quantum, classical, height, noisy],
  );
  const data = useCallback(
    () => forecastTable(series, targetIndex, trainCount, quantum, classical, noisy),
    [series, targetIndex, trainCount, quantum, classical, noisy],
  );
  return (
    <ChartSvg
      label="Forecast against truth"
      width={width}
      height={height}
      draw={paint}
      data={data}
    />
  );
}

/** A row per step of the series: the truth, and at each window's target its split and forecasts. */
function forecastTable(
  series: Float64Array,
  targetIndex: Int32Array,
  trainCount: number,
  quantum: Float64Array | null,
  classical: Float64Array | null,
  noisy: boolean,
): CsvTable {
  const rows: CsvCell[][] = Array.from(series, (v, i) => [i, v, null, null, null]);
  targetIndex.forEach((at, k) => {
    const row = rows[at];
    if (!row) return;
    row[2] = k < trainCount ? 'train' : 'test';
    row[3] = quantum?.[k] ?? null;
    row[4] = classical?.[k] ?? null;
  });
  const q = noisy ? 'Quantum, noisy forecast' : 'Quantum forecast';
  return { columns: ['Step', 'Truth', 'Window', q, 'Classical forecast'], rows };
}

function draw(
  svgEl: SVGSVGElement,
  width: number,
  height: number,
  series: Float64Array,
  targetIndex: Int32Array,
  trainCount: number,
  quantum: Float64Array | null,
  classical: Float64Array | null,
  noisy: boolean,
) {
  const svg = d3.select(svgEl);
  const plotW = Math.max(40, width - MARGIN.left - MARGIN.right);
  const rows = drawLegend(
    layer(svg, 'g', 'legend'),
    legend(noisy),
    MARGIN.left,
    width - MARGIN.right,
  );
  const top = 16 + rows * 26;
  const plotH = Math.max(40, height - top - MARGIN.bottom);
  const g = layer(svg, 'g', 'plot').attr('transform', `translate(${MARGIN.left},${top})`);

  const x = d3
    .scaleLinear()
    .domain([0, Math.max(1, series.length - 1)])
    .range([0, plotW]);
  // The truth's range, padded: a forecast far off is clipped at the frame rather than squashing
  // the series into a line.
  const [lo, hi] = d3.extent(series) as [number, number];
  const pad = (hi - lo || 1) * 0.15;
  const y = d3
    .scaleLinear()
    .domain([lo - pad, hi + pad])
    .range([plotH, 0])
    .nice();
  drawValueAxis(g, y, Math.max(2, Math.floor(plotH / 40)), plotW, 0);
  layer(g, 'g', 'x-axis')
    .attr('transform', `translate(0,${plotH})`)
    .call(
      d3
        .axisBottom(x)
        .ticks(Math.max(2, Math.floor(plotW / 80)))
        .tickSizeOuter(0),
    )
    .call((a) => styleAxis(a));
  axisTitle(svg, 'x-title', 'Time step', MARGIN.left + plotW / 2, height - 8);
  axisTitle(svg, 'y-title', 'Value', 16, top + plotH / 2, true);

  layer(g, 'clipPath', 'clip')
    .attr('id', 'forecast-clip')
    .call((c) => layer(c, 'rect', 'r').attr('width', plotW).attr('height', plotH));
  const lines = layer(g, 'g', 'lines').attr('clip-path', 'url(#forecast-clip)');
  const path = (values: ArrayLike<number>, at: (i: number) => number): string => {
    const keep = decimate(values.length, (i) => values[i]!, plotW / 2);
    return keep.map((i, k) => `${k ? 'L' : 'M'}${x(at(i)).toFixed(1)},${y(values[i]!).toFixed(1)}`).join(''); // prettier-ignore
  };
  const line = (cls: string, color: string, w: number, d: string | null): void => {
    layer(lines, 'path', cls)
      .attr('fill', 'none')
      .attr('stroke', color)
      .attr('stroke-width', w)
      .attr('stroke-linejoin', 'round')
      .attr('d', d);
  };
  line(
    'truth',
    TRUTH,
    2.5,
    path(series, (i) => i),
  );
  const at = (i: number): number => targetIndex[i]!;
  line('classical', CLASSICAL, 2, classical ? path(classical, at) : null);
  line('quantum', QUANTUM, 2, quantum ? path(quantum, at) : null);

  // Where the test windows' targets begin.
  const split = targetIndex[trainCount];
  const sx = split === undefined ? null : x(split - 0.5);
  const mark = layer(g, 'g', 'split').attr('display', sx === null ? 'none' : null);
  if (sx !== null) {
    layer(mark, 'line', 'rule')
      .attr('x1', sx)
      .attr('x2', sx)
      .attr('y1', 0)
      .attr('y2', plotH)
      .attr('stroke', MUTED)
      .attr('stroke-dasharray', '4 4');
    const label = (cls: string, text: string, dx: number, anchor: string): void => {
      layer(mark, 'text', cls)
        .attr('x', sx + dx)
        .attr('y', 12)
        .attr('text-anchor', anchor)
        .attr('font-family', FONT_FAMILY)
        .attr('font-size', FONT_SIZE)
        .attr('fill', MUTED)
        .text(text);
    };
    label('train', '← train', -6, 'end');
    label('test', 'test →', 6, 'start');
  }
}
