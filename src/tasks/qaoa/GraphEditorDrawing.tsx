// What the graph editor draws inside its SVG: edges (with weights when any is not 1), nodes
// (focusable, coloured by a solution's sides when given), the selection, and a drag's preview.
import type { KeyboardEvent } from 'react';
import { FONT_FAMILY, FONT_SIZE, INK, MUTED, classColor } from '../../charts/palette';
import type { DrawnGraph } from '../../experiment/tasks/qaoa/types';
import { bitOf, formatValue } from './qaoaFormat';

export type Selected = { kind: 'node'; i: number } | { kind: 'edge'; e: number } | null;

/** A node being dragged: where the pointer is (0–100) and the node it would join, or −1. */
export interface Drag {
  from: number;
  x: number;
  y: number;
  target: number;
}

interface Props {
  graph: DrawnGraph;
  /** 0–100 → pixels. */
  px(v: number): number;
  size: number;
  selected: Selected;
  drag: Drag | null;
  solution: number | null;
  onNodeKey(i: number, e: KeyboardEvent<SVGGElement>): void;
}

export const NODE_R = 15;
/** The selection and a drag's preview: amber, as the circuit editor's cursor. */
const PICK = '#d97706';
const EDGE = '#4b5563';

/** Fill and text colour of node i: white, or its side's colour under a solution. */
export function nodeLook(i: number, solution: number | null): { fill: string; text: string } {
  if (solution === null) return { fill: '#ffffff', text: INK };
  const side = bitOf(solution, i);
  return { fill: classColor(side), text: side === 0 ? '#ffffff' : INK };
}

export function GraphEditorDrawing(props: Props) {
  const { graph, px, size, selected, drag, solution, onNodeKey } = props;
  const weighted = graph.edges.some((e) => e[2] !== 1);
  const at = (i: number) => graph.nodes[i] ?? [50, 50];
  const from = drag ? at(drag.from) : null;
  const target = drag && drag.target >= 0 ? at(drag.target) : null;

  return (
    <g fontFamily={FONT_FAMILY} fontSize={FONT_SIZE}>
      <rect className="qaoa-editor-bg" x={0} y={0} width={size} height={size} rx={10} />
      {graph.nodes.length === 0 && (
        <text x={size / 2} y={size / 2} textAnchor="middle" fill={MUTED} fontSize={FONT_SIZE + 2}>
          Click or tap here to add a node
        </text>
      )}
      <g className="qaoa-edges">
        {graph.edges.map(([i, j], e) => {
          const on = selected?.kind === 'edge' && selected.e === e;
          const [a, b] = [at(i), at(j)];
          return (
            <g key={`${i}-${j}`} className="qaoa-edge">
              <line
                x1={px(a[0])}
                y1={px(a[1])}
                x2={px(b[0])}
                y2={px(b[1])}
                stroke={on ? PICK : EDGE}
                strokeWidth={on ? 6 : 3}
                strokeLinecap="round"
              />
              {/* A wide invisible line: the edge's pointer cursor over its whole hit area. */}
              <line
                className="qaoa-edge-hit"
                x1={px(a[0])}
                y1={px(a[1])}
                x2={px(b[0])}
                y2={px(b[1])}
              />
            </g>
          );
        })}
      </g>
      {weighted && (
        <g className="qaoa-weights" fontWeight={700} textAnchor="middle" pointerEvents="none">
          {graph.edges.map(([i, j, w]) => (
            <WeightLabel
              key={`${i}-${j}`}
              x={px((at(i)[0] + at(j)[0]) / 2)}
              y={px((at(i)[1] + at(j)[1]) / 2)}
              weight={w}
            />
          ))}
        </g>
      )}
      {drag && from && (
        <g pointerEvents="none" stroke={PICK} strokeWidth={3}>
          <line
            x1={px(from[0])}
            y1={px(from[1])}
            x2={px(target ? target[0] : drag.x)}
            y2={px(target ? target[1] : drag.y)}
            strokeDasharray="7 5"
          />
          {target ? (
            <circle cx={px(target[0])} cy={px(target[1])} r={NODE_R + 6} fill="none" />
          ) : (
            <circle
              cx={px(drag.x)}
              cy={px(drag.y)}
              r={NODE_R}
              fill="#ffffff"
              fillOpacity={0.7}
              strokeDasharray="4 3"
            />
          )}
        </g>
      )}
      <g className="qaoa-nodes" textAnchor="middle" fontWeight={700}>
        {graph.nodes.map(([x, y], i) => {
          const on = selected?.kind === 'node' && selected.i === i;
          const look = nodeLook(i, solution);
          return (
            <g
              key={i}
              className="qaoa-node"
              data-node={i}
              tabIndex={0}
              role="button"
              aria-label={`Node ${i}`}
              aria-pressed={on}
              onKeyDown={(e) => onNodeKey(i, e)}
            >
              <circle className="qaoa-focus-ring" cx={px(x)} cy={px(y)} r={NODE_R + 7} />
              {on && (
                <circle
                  cx={px(x)}
                  cy={px(y)}
                  r={NODE_R + 4}
                  fill="none"
                  stroke={PICK}
                  strokeWidth={4}
                />
              )}
              <circle
                cx={px(x)}
                cy={px(y)}
                r={NODE_R}
                fill={look.fill}
                stroke={INK}
                strokeWidth={2.5}
              />
              <text x={px(x)} y={px(y)} dy="0.35em" fill={look.text} pointerEvents="none">
                {i}
              </text>
            </g>
          );
        })}
      </g>
    </g>
  );
}

/** An edge's weight at the middle of the edge, haloed in white so it reads over the line. */
export function WeightLabel({ x, y, weight }: { x: number; y: number; weight: number }) {
  return (
    <text
      x={x}
      y={y}
      dy="0.35em"
      textAnchor="middle"
      fontWeight={700}
      fill={INK}
      stroke="#ffffff"
      strokeWidth={5}
      strokeLinejoin="round"
      paintOrder="stroke"
    >
      {formatValue(weight)}
    </text>
  );
}
