// How the derivatives of the latest point spread: a histogram of ∂C/∂θ over its random circuits,
// centred on zero. As n grows the bars crowd into the middle: the plateau seen directly. Its
// counts stand beside it as a table for screen readers.
import * as d3 from 'd3';
import { useCallback, useMemo } from 'react';
import type { PlateauGradients } from '../../../workers/protocol';
import { axisTitle, styleAxis } from '../../charts/chartParts';
import { ChartSvg } from '../../charts/ChartSvg';
import { layer } from '../../charts/d3Layer';
import type { Sel } from '../../charts/d3Layer';
import { QUANTUM } from '../../charts/palette';

const BINS = 21;
const MARGIN = { top: 12, right: 20, bottom: 52, left: 60 };

interface Bin {
  /** The bin's middle value of ∂C/∂θ. */
  mid: number;
  count: number;
}

/** The derivatives in BINS equal bins over [−m, m], m the largest |value| (at least 1e-12). */
export function histogram(values: readonly number[]): { bins: Bin[]; max: number } {
  const max = Math.max(1e-12, ...values.map(Math.abs));
  const width = (2 * max) / BINS;
  const bins = Array.from({ length: BINS }, (_, i) => ({ mid: -max + (i + 0.5) * width, count: 0 })); // prettier-ignore
  for (const v of values) bins[Math.min(BINS - 1, Math.floor((v + max) / width))]!.count++;
  return { bins, max };
}

export function PlateauHistogram({ gradients }: { gradients: PlateauGradients }) {
  const { bins, max } = useMemo(() => histogram(gradients.values), [gradients]);
  const label = `Spread of ∂C/∂θ at ${gradients.n} qubits`;
  const paint = useCallback((svg: SVGSVGElement, w: number) => draw(svg, bins, max, w, 220), [bins, max]); // prettier-ignore
  const data = useCallback(
    () => ({
      columns: ['∂C/∂θ (bin middle)', 'Circuits'],
      rows: bins.map((b) => [b.mid, b.count]),
    }),
    [bins],
  );
  return (
    <figure className="plateau-histogram">
      <h3>{label}</h3>
      <ChartSvg
        label={label}
        height={220}
        draw={paint}
        data={data}
        summary={{ kind: 'largest', columns: ['Circuits'], count: 3 }}
      />{' '}
      {/* prettier-ignore */}
      <p className="hint">
        The derivative of each of the {gradients.values.length} circuits. The axis runs to the
        largest one, ± {max.toPrecision(2)}: watch that range shrink as n grows.
      </p>
    </figure>
  );
}

function draw(svgEl: SVGSVGElement, bins: Bin[], max: number, width: number, height: number) {
  const svg = d3.select(svgEl) as Sel<SVGSVGElement>;
  const plotW = Math.max(40, width - MARGIN.left - MARGIN.right);
  const plotH = Math.max(40, height - MARGIN.top - MARGIN.bottom);
  const x = d3.scaleLinear().domain([-max, max]).range([0, plotW]);
  const top = Math.max(1, ...bins.map((b) => b.count));
  const y = d3.scaleLinear().domain([0, top]).nice().range([plotH, 0]);
  const g = layer(svg, 'g', 'plot').attr('transform', `translate(${MARGIN.left},${MARGIN.top})`);
  layer(g, 'g', 'y-axis')
    .call(d3.axisLeft(y).ticks(4).tickFormat(d3.format('d')).tickSize(-plotW).tickPadding(6))
    .call((a) => styleAxis(a, true));
  layer(g, 'g', 'x-axis')
    .attr('transform', `translate(0,${plotH})`)
    .call(
      d3
        .axisBottom(x)
        .ticks(plotW < 320 ? 3 : 5, '.2~g')
        .tickSizeOuter(0)
        .tickPadding(6),
    )
    .call((a) => styleAxis(a));
  const bw = plotW / BINS;
  layer(g, 'g', 'bars')
    .selectAll('rect')
    .data(bins)
    .join('rect')
    .attr('fill', QUANTUM)
    .attr('x', (b) => x(b.mid) - bw / 2 + 1)
    .attr('width', Math.max(1, bw - 2))
    .attr('y', (b) => y(b.count))
    .attr('height', (b) => plotH - y(b.count));
  axisTitle(g, 'y-label', 'Circuits', -MARGIN.left + 18, plotH / 2, true);
  axisTitle(svg, 'x-label', '∂C/∂θ', MARGIN.left + plotW / 2, height - 10);
}
