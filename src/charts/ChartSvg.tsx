// The frame every D3 chart shares: an SVG that fills its container's width (or a given one),
// named for screen readers, redrawn in place by the chart's own draw function whenever it changes;
// optionally with a canvas over it, for marks that change on every update (a live chart's lines).
// Redraws go through the page's draw queue (a task of their own after React's commit); the first
// drawing is at once, so a chart never shows empty. Every chart can be downloaded as a picture
// (and, given its data, as a table) from the control in its corner. Given its data, its accessible
// name also says what it shows now (chartSummary.ts), and the same table stands beside it, hidden
// but for screen readers (ChartTable.tsx).
import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { chartSummary, LATEST } from './chartSummary';
import type { SummaryRule } from './chartSummary';
import { ChartTable } from './ChartTable';
import type { CsvTable } from './download/csvText';
import { DownloadImage } from './DownloadImage';
import { drawQueue } from './drawQueue';
import { useContainerWidth } from './useContainerWidth';

interface Props {
  /** The accessible name ("Energy against iteration"). */
  label: string;
  /** Pixels; fills the container when omitted. */
  width?: number;
  height: number;
  /** Marks the chart as still filling in (aria-busy). */
  busy?: boolean;
  /** A canvas the size of the SVG over it (not hit by the pointer), passed to `draw`. */
  canvas?: boolean;
  /** Draws the chart into the SVG (and the canvas) at this width; a new function (new data) redraws. */
  draw(svg: SVGSVGElement, width: number, canvas: HTMLCanvasElement | null): void;
  /** The series the chart draws as a table (one column per series), offered as a CSV download. */
  data?: () => CsvTable;
  /** How the accessible name puts `data` in words: each series' latest value by default. */
  summary?: SummaryRule;
  /** Whether `data` also stands beside the chart as a hidden table (not when a visible one does). */
  hiddenTable?: boolean;
}

export function ChartSvg(props: Props) {
  const { label, width, height, busy, canvas, draw, data, summary = LATEST } = props;
  const boxRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const w = useContainerWidth(boxRef, width);
  const drawn = useRef(false);

  useEffect(() => {
    const run = (): void => {
      if (svgRef.current) draw(svgRef.current, w, canvasRef.current);
    };
    if (drawn.current) drawQueue.request(svgRef, run);
    else run();
    drawn.current = true;
  }, [draw, w]);
  useEffect(() => () => drawQueue.cancel(svgRef), []);

  // The words and the hidden table follow the drawing at a lower priority than the page's updates.
  const shown = useDeferredValue(data);
  const table = useMemo(() => shown?.(), [shown]);
  const name = table ? chartSummary(label, table, summary) : label;

  return (
    <div
      ref={boxRef}
      style={{
        width: width ?? '100%',
        minWidth: 0,
        position: 'relative',
        // A paint layer of its own (see lab.css): a redraw repaints the chart, not the page.
        isolation: 'isolate',
      }}
      aria-busy={busy}
    >
      <svg
        ref={svgRef}
        role="img"
        aria-label={name}
        width={w}
        height={height}
        style={{ display: 'block', overflow: 'visible' }}
      />
      {canvas && (
        <canvas
          ref={canvasRef}
          aria-hidden="true"
          style={{ position: 'absolute', left: 0, top: 0, width: w, height, pointerEvents: 'none' }}
        />
      )}
      {table && props.hiddenTable !== false && <ChartTable label={label} table={table} />}
      <DownloadImage label={label} target={boxRef} data={data} />
    </div>
  );
}
