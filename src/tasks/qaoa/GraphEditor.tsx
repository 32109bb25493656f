// The "Draw your own" graph editor: click or tap to add a node, drag from node to node to join
// them, drag a node to move it, click an edge to set its weight; the same by keyboard. Each
// finished gesture is one onChange (one undo step in the store), never one per pointer move.
import { useId, useRef, useState } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';
import { DownloadImage } from '../../charts/DownloadImage';
import { useContainerWidth } from '../../charts/useContainerWidth';
import type { DrawnGraph } from '../../experiment/tasks/qaoa/types';
import { EdgeWeightInput } from './EdgeWeightInput';
import { GraphEditorDrawing } from './GraphEditorDrawing';
import type { Drag, Selected } from './GraphEditorDrawing';
import {
  MAX_DRAWN_NODES,
  addEdge,
  addNode,
  clampCoord,
  edgeIndex,
  freeSpot,
  moveNode,
  nearestEdge,
  nearestNode,
  parseWeight,
  removeEdge,
  removeNode,
  setEdgeWeight,
} from './graphEdits';
import './qaoa.css';

interface Props {
  graph: DrawnGraph;
  /** One call per finished gesture or key press. */
  onChange(g: DrawnGraph): void;
  /** A bitstring to colour the nodes by (bit i = side of node i), or none. */
  solution?: number | null;
}

/** A press that starts on the drawing, until it is lifted. */
interface Gesture {
  id: number;
  /** Client pixels where it landed. */
  x0: number;
  y0: number;
  /** The node or edge it landed on, or −1. */
  from: number;
  edge: number;
  /** Moved farther than TAP_SLOP: a drag, not a tap. */
  moved: boolean;
  touch: boolean;
}

const MAX_SIZE = 420;
/** Room around the 0–100 square, in pixels, so that nodes on its border are whole. */
const PAD = 24;
/** How far (CSS pixels) a finger may move between landing and lifting for a tap. */
const TAP_SLOP = 10;
/** How near (pixels) a press must be to a node or an edge to grab it: fingers get more room. */
const NODE_HIT = { mouse: 20, touch: 28 };
const EDGE_HIT = { mouse: 9, touch: 14 };
/** Arrow keys move the selected node by this much of the 0–100 square. */
const STEP = 5;

const KEYS =
  'Add node puts a node at a free spot. Tab to a node; Enter selects it; Enter on another node joins the two (or, when they are joined already, opens the weight of their edge). Arrow keys move the selected node; Delete removes the selection; Escape clears it.';

export function GraphEditor({ graph, onChange, solution = null }: Props) {
  const boxRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const gesture = useRef<Gesture | null>(null);
  const id = useId();
  const [picked, setPicked] = useState<Selected>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  const [message, setMessage] = useState('');
  const size = Math.min(MAX_SIZE, useContainerWidth(boxRef, undefined, 360));
  const span = size - 2 * PAD;
  const px = (v: number) => PAD + (v / 100) * span;
  const units = (pixels: number) => (pixels / span) * 100;

  // A selection left behind by an undo or a smaller graph from outside is dropped.
  const sel: Selected =
    picked?.kind === 'node' && picked.i < graph.nodes.length
      ? picked
      : picked?.kind === 'edge' && picked.e < graph.edges.length
        ? picked
        : null;

  /** Applies an edit (or says why not); false when refused. */
  const apply = (next: DrawnGraph | string, done = ''): boolean => {
    if (typeof next === 'string') {
      setMessage(next);
      return false;
    }
    if (next !== graph) onChange(next);
    setMessage(done);
    return true;
  };
  const focusDrawing = () => svgRef.current?.focus({ preventScroll: true });
  const selectNode = (i: number) => {
    setPicked({ kind: 'node', i });
    setMessage(
      `Node ${i} selected: a drag or the arrow keys move it; Enter on another node joins them; Delete removes it.`,
    );
  };
  const connect = (a: number, b: number, keep: boolean) => {
    const e = edgeIndex(graph, a, b);
    if (e >= 0) {
      setPicked({ kind: 'edge', e });
      setMessage(
        `Nodes ${a} and ${b} are already joined: type a weight, or Delete removes the edge.`,
      );
    } else if (apply(addEdge(graph, a, b), `Joined nodes ${a} and ${b}.`) && !keep) setPicked(null);
  };
  const add = (x: number, y: number) => {
    if (apply(addNode(graph, x, y), `Added node ${graph.nodes.length}.`)) setPicked(null);
  };
  const removeSelected = () => {
    if (sel?.kind === 'node')
      apply(removeNode(graph, sel.i), `Removed node ${sel.i}; the nodes after it are renumbered.`);
    else if (sel?.kind === 'edge') {
      const [a, b] = graph.edges[sel.e] ?? [0, 0];
      apply(removeEdge(graph, sel.e), `Removed the edge between nodes ${a} and ${b}.`);
    }
    setPicked(null);
    focusDrawing();
  };

  /** The 0–100 coordinates of a pointer event (outside the square when outside it). */
  const local = (e: PointerEvent<SVGSVGElement>): [number, number] => {
    const rect = e.currentTarget.getBoundingClientRect();
    const k = rect.width > 0 ? size / rect.width : 1;
    return [
      ((e.clientX - rect.left) * k - PAD) / (span / 100),
      ((e.clientY - rect.top) * k - PAD) / (span / 100),
    ];
  };
  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    const touch = e.pointerType !== 'mouse';
    const [x, y] = local(e);
    const from = nearestNode(graph, x, y, units(touch ? NODE_HIT.touch : NODE_HIT.mouse));
    const edge =
      from < 0 ? nearestEdge(graph, x, y, units(touch ? EDGE_HIT.touch : EDGE_HIT.mouse)) : -1;
    gesture.current = {
      id: e.pointerId,
      x0: e.clientX,
      y0: e.clientY,
      from,
      edge,
      moved: false,
      touch,
    };
    e.currentTarget.setPointerCapture?.(e.pointerId);
    // No text selection, no page focus dance: the focus goes where the press landed (this also
    // ends an open weight box, committing its draft).
    e.preventDefault();
    const node =
      from >= 0 ? svgRef.current?.querySelector<SVGGElement>(`[data-node="${from}"]`) : null;
    if (node) node.focus({ preventScroll: true });
    else focusDrawing();
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const g = gesture.current;
    if (!g || g.id !== e.pointerId) return;
    if (!g.moved && Math.hypot(e.clientX - g.x0, e.clientY - g.y0) > TAP_SLOP) g.moved = true;
    if (!g.moved || g.from < 0) return;
    const [x, y] = local(e);
    const target = nearestNode(
      graph,
      x,
      y,
      units(g.touch ? NODE_HIT.touch : NODE_HIT.mouse),
      g.from,
    );
    setDrag({ from: g.from, x: clampCoord(x), y: clampCoord(y), target });
  };
  const onPointerUp = (e: PointerEvent<SVGSVGElement>) => {
    const g = gesture.current;
    if (!g || g.id !== e.pointerId) return;
    gesture.current = null;
    setDrag(null);
    const [x, y] = local(e);
    if (g.moved) {
      if (g.from < 0) return;
      const hit = units(g.touch ? NODE_HIT.touch : NODE_HIT.mouse);
      const target = nearestNode(graph, x, y, hit, g.from);
      if (target >= 0) connect(g.from, target, false);
      else apply(moveNode(graph, g.from, x, y));
    } else if (g.from >= 0) selectNode(g.from);
    else if (g.edge >= 0) {
      setPicked({ kind: 'edge', e: g.edge });
      setMessage('');
    } else if (sel?.kind === 'edge') setPicked(null);
    else add(x, y);
  };
  const onPointerCancel = () => {
    gesture.current = null;
    setDrag(null);
  };

  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const arrows: Record<string, [number, number]> = {
      ArrowLeft: [-STEP, 0],
      ArrowRight: [STEP, 0],
      ArrowUp: [0, -STEP],
      ArrowDown: [0, STEP],
    };
    const by = arrows[e.key];
    if (e.key === 'Escape') {
      setPicked(null);
      setMessage('');
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      if (!sel) return;
      removeSelected();
    } else if (by && sel?.kind === 'node') {
      const [x, y] = graph.nodes[sel.i] ?? [50, 50];
      apply(moveNode(graph, sel.i, x + by[0], y + by[1]));
    } else return;
    e.preventDefault();
  };
  const onNodeKey = (i: number, e: KeyboardEvent<SVGGElement>) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    if (sel?.kind === 'node' && sel.i !== i) connect(sel.i, i, true);
    else selectNode(i);
  };

  const edge = sel?.kind === 'edge' ? graph.edges[sel.e] : undefined;
  const ends = edge ? [graph.nodes[edge[0]], graph.nodes[edge[1]]] : [];
  const full = graph.nodes.length >= MAX_DRAWN_NODES;
  return (
    <div className="qaoa-editor" ref={boxRef}>
      <p className="hint" id={`${id}-hint`}>
        Click to add a node. Drag from a node to another to join them, or to empty space to move it.
        Click an edge to set its weight (non-zero). Delete removes the selection.
      </p>
      <div className="qaoa-editor-tools">
        <button
          type="button"
          onClick={() => {
            const [x, y] = freeSpot(graph);
            add(x, y);
          }}
          aria-disabled={full}
        >
          Add node
        </button>
        <button type="button" disabled={!sel} onClick={removeSelected}>
          {sel?.kind === 'node'
            ? `Delete node ${sel.i}`
            : edge
              ? `Delete edge ${edge[0]}–${edge[1]}`
              : 'Delete'}
        </button>
        <button
          type="button"
          disabled={graph.nodes.length === 0}
          onClick={() => {
            setPicked(null);
            onChange({ nodes: [], edges: [] });
            setMessage('Cleared: click to add nodes (Undo brings the graph back).');
          }}
        >
          Clear
        </button>
        <span className="qaoa-editor-count">
          {graph.nodes.length} of {MAX_DRAWN_NODES} nodes, {graph.edges.length}{' '}
          {graph.edges.length === 1 ? 'edge' : 'edges'}
        </span>
      </div>
      <div className="qaoa-editor-stage" style={{ width: size, height: size }} ref={stageRef}>
        <svg
          ref={svgRef}
          className="qaoa-editor-canvas"
          role="group"
          aria-label="Graph editor"
          aria-describedby={`${id}-hint ${id}-keys`}
          tabIndex={-1}
          width={size}
          height={size}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={onPointerCancel}
          onKeyDown={onKeyDown}
        >
          <GraphEditorDrawing
            graph={graph}
            px={px}
            size={size}
            selected={sel}
            drag={drag}
            solution={solution}
            onNodeKey={onNodeKey}
          />
        </svg>
        {edge && sel?.kind === 'edge' && ends[0] && ends[1] && (
          <EdgeWeightInput
            key={sel.e}
            weight={edge[2]}
            label={`Weight of the edge between nodes ${edge[0]} and ${edge[1]}`}
            left={Math.min(size - 70, Math.max(70, px((ends[0][0] + ends[1][0]) / 2)))}
            top={Math.max(28, px((ends[0][1] + ends[1][1]) / 2))}
            onCommit={(text) => {
              const w = parseWeight(text);
              return apply(typeof w === 'string' ? w : setEdgeWeight(graph, sel.e, w));
            }}
            onDone={focusDrawing}
            onCancel={() => {
              setPicked(null);
              setMessage('');
              focusDrawing();
            }}
          />
        )}
        <DownloadImage label="Graph" target={stageRef} />
      </div>
      <p className="qaoa-editor-status" aria-live="polite">
        {message}
      </p>
      <details className="qaoa-editor-keys">
        <summary>Keyboard</summary>
        <p id={`${id}-keys`}>{KEYS}</p>
      </details>
    </div>
  );
}
