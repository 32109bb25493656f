// Loss (top) and accuracy (bottom) per epoch of the quantum model and the classical baseline, and
// under noise of the quantum model's ideal twin (lossSeries.ts says what is drawn, lossCanvas.ts
// paints it).
// Axes, grid and legend are SVG; the lines and their end dots, which change with every update
// while training, are painted on the canvas over it (redrawing eight long SVG paths each update
// cost the page more than everything else it drew).
import * as d3 from 'd3';
import { useCallback } from 'react';
import { ChartSvg } from './ChartSvg';
import { changed, layer } from './d3Layer';
import { drawEpochAxis } from './epochAxis';
import { epochTicks } from './epochTicks';
import type { Sel } from './d3Layer';
import { paintEnds, paintLines, paintReference, seriesValues } from './lossCanvas';
import { hasIdeal, legendItems, lossTable, modelsOf, seriesOf, valueOf } from './lossSeries';
import type { LegendItem, Panel } from './lossSeries';
import { AXIS, FONT_FAMILY, FONT_SIZE, GRID, INK, MUTED } from './palette';
import type { EpochPoint } from './types';

interface Props {
  /** One entry per epoch, in order; redrawn in place on every update. */
  history: readonly EpochPoint[];
  /**
   * The epochs the run is set to: the axis reaches at least this far, so the curves grow across a
   * still axis (nothing to re-lay out each update) until training goes past it.
   */
  epochs?: number;
  /** Pixels; fills the container when omitted. */
  width?: number;
  height?: number;
  /** The panels drawn, top to bottom (a task without accuracy draws the loss alone). */
  panels?: readonly Panel[];
  /** The loss panel's axis title. */
  lossLabel?: string;
  /** A level to compare the curves with, drawn across the loss panel (the naive forecast's error). */
  reference?: Reference | null;
}

/** A horizontal line in the loss panel with its name. */
export interface Reference {
  value: number;
  label: string;
}

const MARGIN = { right: 24, bottom: 54, left: 76 };
const LEGEND_ROW = 26;
const PANEL_GAP = 30;

const BOTH: readonly Panel[] = ['loss', 'accuracy'];

export function LossChart({
  history,
  epochs = 0,
  width,
  height = 400,
  panels = BOTH,
  lossLabel = 'Loss',
  reference,
}: Props) {
  const paint = useCallback(
    (svg: SVGSVGElement, w: number, canvas: HTMLCanvasElement | null) =>
      draw(svg, canvas, history, epochs, w, height, panels, lossLabel, reference ?? null),
    [history, epochs, height, panels, lossLabel, reference],
  );
  const data = useCallback(
    () => lossTable(history, panels, lossLabel),
    [history, panels, lossLabel],
  );
  const label = panels.includes('accuracy') ? 'Loss and accuracy' : lossLabel;
  return <ChartSvg label={label} width={width} height={height} canvas draw={paint} data={data} />;
}

function draw(
  svgEl: SVGSVGElement,
  canvas: HTMLCanvasElement | null,
  history: readonly EpochPoint[],
  epochs: number,
  width: number,
  height: number,
  panels: readonly Panel[],
  lossLabel: string,
  reference: Reference | null,
) {
  const svg = d3.select(svgEl) as Sel<SVGSVGElement>;
  const ctx = canvas ? clearCanvas(canvas, width, height) : null;
  const plotW = Math.max(40, width - MARGIN.left - MARGIN.right);
  const ideal = hasIdeal(history);
  const models = modelsOf(ideal);
  // The legend depends on the width and the models alone; its rows are kept on the element for
  // later redraws.
  const legend = layer(svg, 'g', 'legend');
  const legendEl = legend.node()!;
  if (changed(legendEl, `${width} ${ideal}`))
    legendEl.dataset['rows'] = String(
      drawLegend(legend, legendItems(models), width - MARGIN.right),
    );
  const rows = Number(legendEl.dataset['rows'] ?? 1);
  const top = 16 + rows * LEGEND_ROW;
  const gaps = PANEL_GAP * (panels.length - 1);
  const panelH = Math.max(30, (height - top - MARGIN.bottom - gaps) / panels.length);
  const panelTop: Record<Panel, number> = { loss: top, accuracy: top + panelH + PANEL_GAP };
  const yTicks = Math.max(2, Math.min(6, Math.floor(panelH / 30)));

  const first = history[0]?.epoch ?? 0;
  const last = history[history.length - 1]?.epoch ?? 10;
  const x = d3
    .scaleLinear()
    // From epoch 0 (or the first epoch) to the set epochs or the last, whichever is further, and
    // at least 5 wide so early epochs do not fill the whole axis.
    .domain([Math.min(0, first), Math.max(Math.min(0, first) + 5, last, epochs)])
    .range([0, plotW]);

  let maxLoss = reference && Number.isFinite(reference.value) ? reference.value : 0;
  const lossSeries = seriesOf(models, 'loss');
  for (const d of history)
    for (const s of lossSeries) {
      const v = valueOf(d, s);
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

  // Where each epoch is drawn: the same for every series.
  const xs = new Float64Array(history.length);
  for (let i = 0; i < history.length; i++) xs[i] = x(history[i]!.epoch);

  for (const panel of panels) {
    const g = layer(svg, 'g', `panel-${panel}`);
    // Set only when it changes: an SVG attribute set, even to its value, relays out the group.
    if (changed(g.node()!, `${panelTop[panel]}`))
      g.attr('transform', `translate(${MARGIN.left},${panelTop[panel]})`);
    // Axes are redrawn only when their scale or size changed (the y axes rarely do).
    const yEl = layer(g, 'g', 'y-axis');
    if (changed(yEl.node()!, `${y[panel].domain().join()} ${panelH} ${plotW} ${yTicks}`))
      yEl
        .call(yAxisOf(panel, y[panel], yTicks).tickSize(-plotW).tickPadding(8))
        .call(styleAxis)
        .call((a) => a.select('.domain').remove())
        .call((a) => a.selectAll('.tick line').attr('stroke', GRID));
    // Whole epochs only: d3's own ticks on a short range are halves, labelled "0 1 1 2 2".
    const xTicks = epochTicks(x.domain()[0]!, x.domain()[1]!, Math.floor(plotW / 60));
    const xEl = layer(g, 'g', 'x-axis');
    drawEpochAxis(xEl, x, xTicks, plotW, panelH, panel === panels[panels.length - 1]);
    const yLabel = layer(g, 'text', 'y-label');
    if (changed(yLabel.node()!, `${panelH} ${lossLabel}`))
      yLabel
        .attr('transform', `translate(${-MARGIN.left + 18},${panelH / 2}) rotate(-90)`)
        .attr('text-anchor', 'middle')
        .attr('font-family', FONT_FAMILY)
        .attr('font-size', FONT_SIZE + 1)
        .attr('font-weight', 600)
        .attr('fill', INK)
        .text(panel === 'loss' ? lossLabel : 'Accuracy');

    const series = panel === 'loss' ? lossSeries : seriesOf(models, panel);
    const yp = y[panel];
    if (!ctx) continue;
    ctx.save();
    ctx.translate(MARGIN.left, panelTop[panel]);
    ctx.lineJoin = 'round';
    ctx.lineCap = 'round';
    const values = seriesValues(history, series);
    paintLines(ctx, xs, values, series, yp, plotW);
    if (panel === 'loss' && reference && Number.isFinite(reference.value))
      paintReference(ctx, yp(reference.value), reference.label, plotW);
    paintEnds(ctx, xs, values, series, yp);
    ctx.restore();
  }

  // Drawn once per size; 'No epochs yet' only while there are none.
  if (changed(layer(svg, 'text', 'x-label').node()!, `${plotW} ${height}`))
    layer(svg, 'text', 'x-label')
      .attr('x', MARGIN.left + plotW / 2)
      .attr('y', height - 10)
      .attr('text-anchor', 'middle')
      .attr('font-family', FONT_FAMILY)
      .attr('font-size', FONT_SIZE + 1)
      .attr('font-weight', 600)
      .attr('fill', INK)
      .text('Epoch');
  const empty = layer(svg, 'text', 'empty');
  if (changed(empty.node()!, `${plotW} ${top} ${panelH} ${history.length === 0}`))
    empty
      .attr('x', MARGIN.left + plotW / 2)
      .attr('y', top + panelH / 2)
      .attr('text-anchor', 'middle')
      .attr('dominant-baseline', 'central')
      .attr('font-family', FONT_FAMILY)
      .attr('font-size', FONT_SIZE + 2)
      .attr('fill', MUTED)
      .text(history.length === 0 ? 'No epochs yet' : '');
}

/** The y axis of a panel: the loss's own ticks, the accuracy's quarters (or halves). */
function yAxisOf(
  panel: Panel,
  y: d3.ScaleLinear<number, number>,
  ticks: number,
): d3.Axis<d3.NumberValue> {
  return panel === 'loss'
    ? d3.axisLeft(y).ticks(ticks, '~g')
    : d3
        .axisLeft(y)
        .tickValues(ticks >= 4 ? [0, 0.25, 0.5, 0.75, 1] : [0, 0.5, 1])
        .tickFormat(d3.format('~g'));
}

/** Sizes the canvas to the chart at the screen's resolution, clears it, and returns its context. */
function clearCanvas(
  canvas: HTMLCanvasElement,
  width: number,
  height: number,
): CanvasRenderingContext2D | null {
  const dpr = window.devicePixelRatio || 1;
  const w = Math.round(width * dpr);
  const h = Math.round(height * dpr);
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, w, h);
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  return ctx;
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
function drawLegend(g: Sel<SVGGElement>, items: readonly LegendItem[], right: number): number {
  const splits = items.findIndex((item) => item.label === 'train');
  let x = MARGIN.left;
  let row = 0;
  const at = items.map((item, i) => {
    const w = 32 + item.label.length * (FONT_SIZE + 1) * 0.62;
    let left = x + (i === splits ? 18 : 0);
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
      e.append('path');
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
  // The marker as on the chart's test lines (filled), in the middle of the swatch; without the
  // chart's white edge, which here would cut the swatch's line into dashes (the train key).
  item
    .select('path')
    .attr('d', (d) => (d.marker === 'diamond' ? 'M12,-5.5L17.5,0L12,5.5L6.5,0Z' : null))
    .attr('fill', (d) => d.color);
  item.select('text').text((d) => d.label);
  return row + 1;
}
