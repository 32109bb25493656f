// The depth-1 QAOA landscape: ⟨C⟩ over a γ × β grid (cells on a canvas, darker is better) with
// the optimiser's path on top; cells still being computed stay blank.
import * as d3 from 'd3';
import { useEffect, useId, useMemo, useRef } from 'react';
import { layer } from '../../charts/d3Layer';
import type { Sel } from '../../charts/d3Layer';
import { DownloadImage } from '../../charts/DownloadImage';
import { hexToRgb } from '../../charts/heatmap';
import type { Rgb } from '../../charts/heatmap';
import { AXIS, EMPTY_PLOT, FONT_FAMILY, FONT_SIZE, INK } from '../../charts/palette';
import { useContainerWidth } from '../../charts/useContainerWidth';
import { axisTitle, styleAxis } from '../../charts/chartParts';
import type { Landscape } from '../../../workers/protocol';
import { bestCell, finiteRange, gridAngle, paintLandscape, pathPoint } from './landscapeColors';
import { formatValue, scoreWord } from './qaoaFormat';
import './qaoa.css';

interface Props {
  landscape: Landscape;
  /** The optimiser's (γ, β) after each step, or none yet. */
  path: [number, number][] | null;
  objective: 'cut' | 'cost';
  /** The best score of any bitstring (brute force), for the caption. */
  optimum: number;
}

/** Worst → best: viridis reversed, so better is darker (yellow, green, blue, deep purple). */
const RAMP: readonly Rgb[] = Array.from({ length: 256 }, (_, k) =>
  hexToRgb(d3.color(d3.interpolateViridis(1 - k / 255))?.formatHex() ?? '#000000'),
);
const GRADIENT = [0, 0.25, 0.5, 0.75, 1].map((t) => d3.interpolateViridis(1 - t));
const M = { left: 64, right: 14, top: 52, bottom: 58 };
const MAX_PLOT_H = 360;

export function LandscapeHeatmap({ landscape, path, objective, optimum }: Props) {
  const boxRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const id = useId().replace(/:/g, '');
  const width = useContainerWidth(boxRef, undefined);
  const plotW = Math.max(120, width - M.left - M.right);
  const plotH = Math.round(Math.min(MAX_PLOT_H, Math.max(160, plotW * 0.7)));
  const height = M.top + plotH + M.bottom;
  const { resolution: res, values, gammaMax, betaMin, betaMax } = landscape;
  const better = objective === 'cut' ? 'high' : 'low';
  const range = useMemo(() => finiteRange(values), [values]);
  const word = scoreWord(objective);

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || res < 1) return;
    if (canvas.width !== res) canvas.width = res;
    if (canvas.height !== res) canvas.height = res;
    const image = ctx.createImageData(res, res);
    if (range) paintLandscape(values, res, range, better, RAMP, image.data);
    ctx.putImageData(image, 0, 0);
  }, [values, res, range, better]);

  useEffect(() => {
    if (svgRef.current)
      draw(svgRef.current, { landscape, path, range, better, word, id, width, plotW, plotH });
  }, [landscape, path, range, better, word, id, width, plotW, plotH]);

  // Each cell is centred on its grid point: the image reaches half a cell past the axes' ends.
  const cellW = res > 1 ? plotW / (res - 1) : plotW;
  const cellH = res > 1 ? plotH / (res - 1) : plotH;
  const best = bestCell(values, better);
  const computed = values.reduce((n, v) => n + (Number.isFinite(v) ? 1 : 0), 0);
  const caption =
    (best
      ? `Best on this grid: ⟨${word}⟩ = ${formatValue(best.value)} at γ = ${formatValue(gridAngle(best.index % res, res, 0, gammaMax))}, β = ${formatValue(gridAngle(Math.floor(best.index / res), res, betaMin, betaMax))}; the best bitstring has ${word} ${formatValue(optimum)}.` // prettier-ignore
      : 'Computing the landscape…') +
    (!landscape.done && best
      ? ` Computing: ${computed.toLocaleString('en-US')} of ${(res * res).toLocaleString('en-US')} points.`
      : '');
  // The picture in words: what it maps, where the optimiser went, and the caption's numbers.
  const steps = path ? path.length - 1 : 0;
  const walked = path && steps > 0 ? ` The optimiser's path takes ${steps} ${steps === 1 ? 'step' : 'steps'}.` : ''; // prettier-ignore
  const name = `QAOA landscape: ⟨${word}⟩ over γ and β on a ${res} × ${res} grid. ${caption}${walked}`;
  return (
    <figure className="qaoa-figure qaoa-figure-wide" ref={boxRef}>
      <div className="qaoa-landscape" style={{ width, height }} ref={frameRef}>
        <div
          className="qaoa-landscape-cells"
          style={{ left: M.left, top: M.top, width: plotW, height: plotH, background: EMPTY_PLOT }}
        >
          <canvas
            ref={canvasRef}
            aria-hidden="true"
            style={{
              left: -cellW / 2,
              top: -cellH / 2,
              width: plotW + cellW,
              height: plotH + cellH,
            }}
          />
        </div>
        <svg
          ref={svgRef}
          role="img"
          aria-label={name}
          aria-busy={!landscape.done}
          width={width}
          height={height}
        />
        <DownloadImage label="QAOA landscape" target={frameRef} />
      </div>
      <ul className="qaoa-legend" aria-label="Key">
        <li>
          <span className="qaoa-dot qaoa-dot-start" /> Start
        </li>
        <li>
          <span className="qaoa-dot qaoa-dot-end" /> End of the optimiser’s path
        </li>
      </ul>
      <figcaption className="qaoa-caption">{caption}</figcaption>
    </figure>
  );
}

interface DrawArgs {
  landscape: Landscape;
  path: [number, number][] | null;
  range: [number, number] | null;
  better: 'high' | 'low';
  /** "cut" or "cost", for the scale's title. */
  word: string;
  id: string;
  width: number;
  plotW: number;
  plotH: number;
}

function draw(svgEl: SVGSVGElement, a: DrawArgs) {
  const svg = d3.select(svgEl) as Sel<SVGSVGElement>;
  const x = d3.scaleLinear().domain([0, a.landscape.gammaMax]).range([0, a.plotW]);
  const y = d3.scaleLinear().domain([a.landscape.betaMin, a.landscape.betaMax]).range([a.plotH, 0]);
  const g = layer(svg, 'g', 'plot').attr('transform', `translate(${M.left},${M.top})`);
  layer(g, 'rect', 'frame')
    .attr('width', a.plotW)
    .attr('height', a.plotH)
    .attr('fill', 'none')
    .attr('stroke', AXIS)
    .attr('stroke-width', 1.5);
  layer(g, 'g', 'x-axis')
    .attr('transform', `translate(0,${a.plotH})`)
    .call(
      d3
        .axisBottom(x)
        .ticks(Math.max(3, Math.floor(a.plotW / 70)))
        .tickFormat(d3.format('.2~f'))
        .tickSizeOuter(0),
    )
    .call((s) => styleAxis(s));
  layer(g, 'g', 'y-axis')
    .call(
      d3
        .axisLeft(y)
        .ticks(Math.max(3, Math.floor(a.plotH / 50)))
        .tickFormat(d3.format('.2~f'))
        .tickSizeOuter(0),
    )
    .call((s) => styleAxis(s));
  axisTitle(g, 'x-title', 'γ (cost angle)', a.plotW / 2, a.plotH + 46);
  axisTitle(g, 'y-title', 'β (mixer angle)', -M.left + 16, a.plotH / 2, true);

  // The optimiser's path, clipped to the plot, with white under ink to read on any colour.
  layer(g, 'clipPath', 'clip')
    .attr('id', `${a.id}-clip`)
    .call((c) => layer(c, 'rect', 'r').attr('width', a.plotW).attr('height', a.plotH));
  const pts = (a.path ?? []).map((p) => pathPoint(p, a.landscape));
  const line = d3
    .line<[number, number]>()
    .x((p) => x(p[0]))
    .y((p) => y(p[1]));
  const route = layer(g, 'g', 'path')
    .attr('clip-path', `url(#${a.id}-clip)`)
    .attr('fill', 'none')
    .attr('stroke-linejoin', 'round');
  layer(route, 'path', 'halo')
    .attr('d', line(pts) ?? '')
    .attr('stroke', '#ffffff')
    .attr('stroke-width', 6);
  layer(route, 'path', 'ink')
    .attr('d', line(pts) ?? '')
    .attr('stroke', INK)
    .attr('stroke-width', 2.5);
  const ends =
    pts.length > 0
      ? [
          { p: pts[0]!, end: false },
          { p: pts[pts.length - 1]!, end: true },
        ]
      : [];
  route
    .selectAll('circle')
    .data(ends)
    .join('circle')
    .attr('cx', (d) => x(d.p[0]))
    .attr('cy', (d) => y(d.p[1]))
    .attr('r', (d) => (d.end ? 7 : 6))
    .attr('fill', (d) => (d.end ? INK : '#ffffff'))
    .attr('stroke', (d) => (d.end ? '#ffffff' : INK))
    .attr('stroke-width', 2.5);

  drawScale(svg, a);
}

/** The colour scale above the plot: worse on the left, better (darker) on the right. */
function drawScale(svg: Sel<SVGSVGElement>, a: DrawArgs) {
  const barW = Math.min(220, a.plotW * 0.5);
  const left = M.left + (a.plotW - barW) / 2;
  const s = layer(svg, 'g', 'scale')
    .attr('font-family', FONT_FAMILY)
    .attr('font-size', FONT_SIZE)
    .attr('fill', INK);
  const grad = layer(layer(s, 'defs', 'd'), 'linearGradient', 'grad').attr('id', `${a.id}-grad`);
  grad
    .selectAll('stop')
    .data(GRADIENT)
    .join('stop')
    .attr('offset', (_, i) => `${(100 * i) / (GRADIENT.length - 1)}%`)
    .attr('stop-color', (c) => c);
  layer(s, 'rect', 'bar')
    .attr('x', left)
    .attr('y', 24)
    .attr('width', barW)
    .attr('height', 14)
    .attr('fill', `url(#${a.id}-grad)`)
    .attr('stroke', AXIS);
  const [lo, hi] = a.range ?? [NaN, NaN];
  const [worse, best] = a.better === 'high' ? [lo, hi] : [hi, lo];
  const texts = [
    {
      x: M.left + a.plotW / 2,
      y: 10,
      anchor: 'middle',
      weight: 600,
      text: `⟨${a.word}⟩ at depth 1: darker is better`,
    },
    { x: left - 6, y: 31, anchor: 'end', weight: 400, text: a.range ? formatValue(worse) : '' },
    {
      x: left + barW + 6,
      y: 31,
      anchor: 'start',
      weight: 400,
      text: a.range ? formatValue(best) : '',
    },
  ];
  s.selectAll('text')
    .data(texts)
    .join('text')
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y)
    .attr('dy', '0.35em')
    .attr('text-anchor', (d) => d.anchor)
    .attr('font-weight', (d) => d.weight)
    .text((d) => d.text);
}
