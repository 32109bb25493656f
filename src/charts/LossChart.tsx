// Loss (top) and accuracy (bottom) per epoch of the quantum model and the classical baseline.
import * as d3 from 'd3';
import { useCallback } from 'react';
import { ChartSvg } from './ChartSvg';
import { changed, layer } from './d3Layer';
import { decimate } from './decimate';
import { epochTicks } from './epochTicks';
import type { Sel } from './d3Layer';
import { AXIS, CLASSICAL, FONT_FAMILY, FONT_SIZE, GRID, INK, MUTED, QUANTUM } from './palette';
import type { EpochPoint, ModelMetrics } from './types';

interface Props {
  /** One entry per epoch, in order; redrawn in place on every update. */
  history: readonly EpochPoint[];
  /** Pixels; fills the container when omitted. */
  width?: number;
  height?: number;
}

type Model = 'quantum' | 'classical';
type Panel = 'loss' | 'accuracy';

interface Series {
  key: string;
  panel: Panel;
  model: Model;
  train: boolean;
  field: keyof ModelMetrics;
}

const MODELS: readonly { model: Model; name: string; color: string }[] = [
  { model: 'classical', name: 'Classical', color: CLASSICAL },
  { model: 'quantum', name: 'Quantum', color: QUANTUM },
];
const SERIES: readonly Series[] = (['loss', 'accuracy'] as const).flatMap((panel) =>
  MODELS.flatMap(({ model }) =>
    [true, false].map((train) => ({
      key: `${panel}-${model}-${train ? 'train' : 'test'}`,
      panel,
      model,
      train,
      field:
        panel === 'loss'
          ? train
            ? 'trainLoss'
            : 'testLoss'
          : train
            ? 'trainAccuracy'
            : 'testAccuracy',
    })),
  ),
);
const DASH = '7 5';
const MARGIN = { right: 24, bottom: 54, left: 76 };
const LEGEND_ROW = 26;
const PANEL_GAP = 30;

export function LossChart({ history, width, height = 400 }: Props) {
  const paint = useCallback(
    (svg: SVGSVGElement, w: number) => draw(svg, history, w, height),
    [history, height],
  );
  return <ChartSvg label="Loss and accuracy" width={width} height={height} draw={paint} />;
}

function value(d: EpochPoint, s: Series): number {
  return d[s.model][s.field];
}

function draw(svgEl: SVGSVGElement, history: readonly EpochPoint[], width: number, height: number) {
  const svg = d3.select(svgEl) as Sel<SVGSVGElement>;
  const plotW = Math.max(40, width - MARGIN.left - MARGIN.right);
  // The legend depends on the width alone; its rows are kept on the element for later redraws.
  const legend = layer(svg, 'g', 'legend');
  const legendEl = legend.node()!;
  if (changed(legendEl, String(width))) legendEl.dataset['rows'] = String(drawLegend(legend, width - MARGIN.right)); // prettier-ignore
  const rows = Number(legendEl.dataset['rows'] ?? 1);
  const top = 16 + rows * LEGEND_ROW;
  const panelH = Math.max(30, (height - top - MARGIN.bottom - PANEL_GAP) / 2);
  const panelTop: Record<Panel, number> = { loss: top, accuracy: top + panelH + PANEL_GAP };
  const yTicks = Math.max(2, Math.min(6, Math.floor(panelH / 30)));

  const first = history[0]?.epoch ?? 0;
  const last = history[history.length - 1]?.epoch ?? 10;
  const x = d3
    .scaleLinear()
    // From epoch 0 (or the first epoch), at least 5 wide so early epochs do not fill the whole axis.
    .domain([Math.min(0, first), Math.max(Math.min(0, first) + 5, last)])
    .range([0, plotW]);

  let maxLoss = 0;
  for (const d of history)
    for (const s of SERIES) {
      const v = s.panel === 'loss' ? value(d, s) : NaN;
      if (Number.isFinite(v) && v > maxLoss) maxLoss = v;
    }
  const y: Record<Panel, d3.ScaleLinear<number, number>> = {
    loss: d3
      .scaleLinear()
      .domain([0, maxLoss > 0 ? maxLoss : 1])
      .nice(yTicks)
      .range([panelH, 0]),
    accuracy: d3.scaleLinear().domain([0, 1]).range([panelH, 0]),
  };

  for (const panel of ['loss', 'accuracy'] as const) {
    const g = layer(svg, 'g', `panel-${panel}`).attr(
      'transform',
      `translate(${MARGIN.left},${panelTop[panel]})`,
    );
    const yAxis =
      panel === 'loss'
        ? d3.axisLeft(y.loss).ticks(yTicks, '~g')
        : d3
            .axisLeft(y.accuracy)
            .tickValues(yTicks >= 4 ? [0, 0.25, 0.5, 0.75, 1] : [0, 0.5, 1])
            .tickFormat(d3.format('~g'));
    // Axes are redrawn only when their scale or size changed (the y axes rarely do).
    const yEl = layer(g, 'g', 'y-axis');
    if (changed(yEl.node()!, `${y[panel].domain().join()} ${panelH} ${plotW} ${yTicks}`))
      yEl
        .call(yAxis.tickSize(-plotW).tickPadding(8))
        .call(styleAxis)
        .call((a) => a.select('.domain').remove())
        .call((a) => a.selectAll('.tick line').attr('stroke', GRID));
    // Whole epochs only: d3's own ticks on a short range are halves, labelled "0 1 1 2 2".
    const xTicks = epochTicks(x.domain()[0]!, x.domain()[1]!, Math.floor(plotW / 60));
    const xEl = layer(g, 'g', 'x-axis');
    if (changed(xEl.node()!, `${x.domain().join()} ${xTicks.join()} ${panelH} ${plotW}`))
      xEl
        .attr('transform', `translate(0,${panelH})`)
        .call(
          d3
            .axisBottom(x)
            .tickValues(xTicks)
            .tickFormat(panel === 'loss' ? () => '' : d3.format('d'))
            .tickSizeOuter(0)
            .tickPadding(8),
        )
        .call(styleAxis);
    const yLabel = layer(g, 'text', 'y-label');
    if (changed(yLabel.node()!, `${panelH}`))
      yLabel
        .attr('transform', `translate(${-MARGIN.left + 18},${panelH / 2}) rotate(-90)`)
        .attr('text-anchor', 'middle')
        .attr('font-family', FONT_FAMILY)
        .attr('font-size', FONT_SIZE + 1)
        .attr('font-weight', 600)
        .attr('fill', INK)
        .text(panel === 'loss' ? 'Loss' : 'Accuracy');

    const series = SERIES.filter((s) => s.panel === panel);
    const yp = y[panel];
    const at = (i: number, s: Series) => {
      const d = history[i];
      return d && Number.isFinite(d.epoch) ? value(d, s) : NaN;
    };
    const line = (s: Series) =>
      d3
        .line<number>()
        .defined((i) => Number.isFinite(at(i, s)))
        .x((i) => x(history[i]?.epoch ?? 0))
        .y((i) => yp(at(i, s)))(decimate(history.length, (i) => at(i, s), plotW / 4)) ?? '';
    layer(g, 'g', 'lines')
      .selectAll<SVGPathElement, Series>('path')
      .data(series, (s) => s.key)
      .join((enter) =>
        enter
          .append('path')
          .attr('fill', 'none')
          .attr('stroke-width', (s) => (s.train ? 2.5 : 3))
          .attr('stroke-linejoin', 'round')
          .attr('stroke-linecap', 'round')
          .attr('stroke', (s) => modelColor(s.model))
          .attr('stroke-dasharray', (s) => (s.train ? DASH : null)),
      )
      .attr('d', line);

    // The latest value of each series as a dot: also makes a single epoch visible.
    const ends = series.flatMap((s) => {
      for (let i = history.length - 1; i >= 0; i--) {
        const d = history[i];
        if (d && Number.isFinite(value(d, s))) return [{ s, d }];
      }
      return [];
    });
    layer(g, 'g', 'ends')
      .selectAll<SVGCircleElement, { s: Series; d: EpochPoint }>('circle')
      .data(ends, (e) => e.s.key)
      .join((enter) =>
        enter
          .append('circle')
          .attr('r', 4.5)
          .attr('stroke', '#ffffff')
          .attr('stroke-width', 1.5)
          .attr('fill', (e) => (e.s.train ? '#ffffff' : modelColor(e.s.model)))
          .attr('stroke', (e) => (e.s.train ? modelColor(e.s.model) : '#ffffff')),
      )
      .attr('cx', (e) => x(e.d.epoch))
      .attr('cy', (e) => yp(value(e.d, e.s)));
  }

  layer(svg, 'text', 'x-label')
    .attr('x', MARGIN.left + plotW / 2)
    .attr('y', height - 10)
    .attr('text-anchor', 'middle')
    .attr('font-family', FONT_FAMILY)
    .attr('font-size', FONT_SIZE + 1)
    .attr('font-weight', 600)
    .attr('fill', INK)
    .text('Epoch');
  layer(svg, 'text', 'empty')
    .attr('x', MARGIN.left + plotW / 2)
    .attr('y', top + panelH / 2)
    .attr('text-anchor', 'middle')
    .attr('dominant-baseline', 'central')
    .attr('font-family', FONT_FAMILY)
    .attr('font-size', FONT_SIZE + 2)
    .attr('fill', MUTED)
    .text(history.length === 0 ? 'No epochs yet' : '');
}

function modelColor(model: Model): string {
  return model === 'quantum' ? QUANTUM : CLASSICAL;
}

function styleAxis(a: Sel<SVGGElement>) {
  a.attr('font-size', FONT_SIZE).attr('font-family', FONT_FAMILY);
  a.selectAll('.domain, .tick line').attr('stroke', AXIS);
  a.selectAll('.tick text').attr('fill', MUTED);
}

/**
 * Colour key (models) then dash key (splits), left to right, wrapping before `right`.
 * Returns the number of rows used.
 */
function drawLegend(g: Sel<SVGGElement>, right: number): number {
  const items = [
    ...MODELS.slice()
      .reverse()
      .map((m) => ({ label: m.name, color: m.color, dash: null as string | null })),
    { label: 'train', color: MUTED, dash: DASH },
    { label: 'test', color: MUTED, dash: null },
  ];
  let x = MARGIN.left;
  let row = 0;
  const at = items.map((item, i) => {
    const w = 32 + item.label.length * (FONT_SIZE + 1) * 0.62;
    let left = x + (i === 2 ? 18 : 0);
    if (left + w > right && x > MARGIN.left) {
      row += 1;
      left = MARGIN.left;
    }
    x = left + w + 18;
    return { ...item, left, top: 20 + row * LEGEND_ROW };
  });
  const item = g
    .selectAll<SVGGElement, (typeof at)[number]>('g.item')
    .data(at, (d) => d.label)
    .join((enter) => {
      const e = enter.append('g').attr('class', 'item');
      e.append('line').attr('x1', 0).attr('x2', 24).attr('stroke-width', 3.5);
      e.append('text')
        .attr('x', 31)
        .attr('dominant-baseline', 'central')
        .attr('font-family', FONT_FAMILY)
        .attr('font-size', FONT_SIZE + 1)
        .attr('fill', INK);
      return e;
    })
    .attr('transform', (d) => `translate(${d.left},${d.top})`);
  item
    .select('line')
    .attr('stroke', (d) => d.color)
    .attr('stroke-dasharray', (d) => d.dash);
  item.select('text').text((d) => d.label);
  return row + 1;
}
