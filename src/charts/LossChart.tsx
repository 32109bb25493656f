// Loss (top) and accuracy (bottom) per epoch of the quantum model and the classical baseline.
// Axes, grid and legend are SVG; the lines and their end dots, which change with every update
// while training, are painted on the canvas over it (redrawing eight long SVG paths each update
// cost the page more than everything else it drew).
import * as d3 from 'd3';
import { useCallback } from 'react';
import { tracePath } from './canvasLine';
import { ChartSvg } from './ChartSvg';
import { changed, layer } from './d3Layer';
import { decimate } from './decimate';
import { drawEpochAxis } from './epochAxis';
import { epochTicks } from './epochTicks';
import type { Sel } from './d3Layer';
import { AXIS, CLASSICAL, FONT_FAMILY, FONT_SIZE, GRID, INK, MUTED, QUANTUM } from './palette';
import type { EpochPoint, ModelMetrics } from './types';

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
/** Dash pattern of the train lines, in px. */
const DASH = [7, 5];
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
  const label = panels.includes('accuracy') ? 'Loss and accuracy' : lossLabel;
  return <ChartSvg label={label} width={width} height={height} canvas draw={paint} />;
}

function value(d: EpochPoint, s: Series): number {
  return d[s.model][s.field];
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
  // The legend depends on the width alone; its rows are kept on the element for later redraws.
  const legend = layer(svg, 'g', 'legend');
  const legendEl = legend.node()!;
  if (changed(legendEl, String(width))) legendEl.dataset['rows'] = String(drawLegend(legend, width - MARGIN.right)); // prettier-ignore
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

    const series = SERIES.filter((s) => s.panel === panel);
    const yp = y[panel];
    if (!ctx) continue;
    ctx.save();
    ctx.translate(MARGIN.left, panelTop[panel]);
    ctx.lineJoin = 'round';
    ctx.lineCap = 'round';
    // Each series' values (NaN where there is none): read from the reports once per draw.
    const values = series.map((s) => {
      const v = new Float64Array(history.length);
      for (let i = 0; i < history.length; i++) {
        const d = history[i]!;
        const at = Number.isFinite(d.epoch) ? value(d, s) : NaN;
        v[i] = Number.isFinite(at) ? at : NaN;
      }
      return v;
    });
    series.forEach((s, k) => {
      const v = values[k]!;
      ctx.beginPath();
      tracePath(
        ctx,
        xs,
        v,
        yp,
        decimate(v.length, (i) => v[i]!, plotW / 4),
      );
      ctx.setLineDash(s.train ? DASH : []);
      ctx.lineWidth = s.train ? 2.5 : 3;
      ctx.strokeStyle = modelColor(s.model);
      ctx.stroke();
    });
    // The reference level over the curves, its name on top.
    if (panel === 'loss' && reference && Number.isFinite(reference.value)) {
      const at = yp(reference.value);
      ctx.beginPath();
      ctx.moveTo(0, at);
      ctx.lineTo(plotW, at);
      ctx.setLineDash([2, 4]);
      ctx.lineWidth = 2;
      ctx.strokeStyle = MUTED;
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.font = `${FONT_SIZE}px ${FONT_FAMILY}`;
      ctx.textAlign = 'right';
      // A halo keeps the name readable where a curve passes under it.
      ctx.lineWidth = 4;
      ctx.strokeStyle = '#ffffff';
      ctx.strokeText(reference.label, plotW - 12, at - 6);
      ctx.fillStyle = MUTED;
      ctx.fillText(reference.label, plotW - 12, at - 6);
      ctx.textAlign = 'left';
    }
    // The latest value of each series as a dot: also makes a single epoch visible.
    ctx.setLineDash([]);
    ctx.lineWidth = 1.5;
    for (const [k, s] of series.entries()) {
      const v = values[k]!;
      for (let i = v.length - 1; i >= 0; i--) {
        if (Number.isNaN(v[i]!)) continue;
        ctx.beginPath();
        ctx.arc(xs[i]!, yp(v[i]!), 4.5, 0, 2 * Math.PI);
        ctx.fillStyle = s.train ? '#ffffff' : modelColor(s.model);
        ctx.strokeStyle = s.train ? modelColor(s.model) : '#ffffff';
        ctx.fill();
        ctx.stroke();
        break;
      }
    }
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
    { label: 'train', color: MUTED, dash: DASH.join(' ') },
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
