// The frame every D3 chart shares: an SVG that fills its container's width (or a given one),
// named for screen readers, redrawn in place by the chart's own draw function whenever it changes.
import { useEffect, useRef } from 'react';
import { useContainerWidth } from './useContainerWidth';

interface Props {
  /** The accessible name ("Energy against iteration"). */
  label: string;
  /** Pixels; fills the container when omitted. */
  width?: number;
  height: number;
  /** Marks the chart as still filling in (aria-busy). */
  busy?: boolean;
  /** Draws the chart into the SVG at this width; a new function (new data) redraws. */
  draw(svg: SVGSVGElement, width: number): void;
}

export function ChartSvg({ label, width, height, busy, draw }: Props) {
  const boxRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const w = useContainerWidth(boxRef, width);

  useEffect(() => {
    if (svgRef.current) draw(svgRef.current, w);
  }, [draw, w]);

  return (
    <div ref={boxRef} style={{ width: width ?? '100%', minWidth: 0 }} aria-busy={busy}>
      <svg
        ref={svgRef}
        role="img"
        aria-label={label}
        width={w}
        height={height}
        style={{ display: 'block', overflow: 'visible' }}
      />
    </div>
  );
}
