// Pointer drags from the palette and of placed gates (mouse, touch and pen alike): tracks the
// slot under the pointer and reports the drop, or a plain click when the pointer did not move.
// A stretch (an end of a gate dragged) only goes up and down: its slot is the wire at the
// pointer's height in the gate's own step, wherever the pointer is across.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import type { PlaceableName } from '../experiment/circuit/channelCatalog';
import { slotFromPoint, wireFromY } from './geometry';

export type DragSource =
  /** A palette entry: a gate or a noise channel. */
  | { kind: 'new'; gate: PlaceableName }
  | { kind: 'control'; state: 0 | 1 }
  /** `grab`: wire grabbed minus the gate's first target, so the gate keeps its place under the pointer. */
  | { kind: 'move'; id: string; grab: number; copy: boolean }
  /** End `from` (a wire other than the first target) of gate `id`, in step `column`. */
  | { kind: 'stretch'; id: string; from: number; column: number };

export interface Slot {
  qubit: number;
  column: number;
}

export interface DragState {
  source: DragSource;
  x: number;
  y: number;
  over: Slot | null;
}

/** Pixels the pointer must travel before a press becomes a drag. */
const THRESHOLD = 5;

/**
 * Where the pointer is: a slot of the grid, worked out from the grid's geometry (placed gates and
 * brackets cover the slots, so the element under the pointer says little); 'grid' on the editor
 * but not on a slot (labels, header, the empty area around the grid); null off the circuit.
 */
function slotAt(x: number, y: number): Slot | 'grid' | null {
  const el = document.elementFromPoint(x, y);
  const grid = el?.closest<HTMLElement>('[data-editor-grid]');
  if (grid) {
    const r = grid.getBoundingClientRect();
    const qubits = Number(grid.dataset.qubits);
    const columns = Number(grid.dataset.columns);
    return slotFromPoint(x - r.left, y - r.top, qubits, columns) ?? 'grid';
  }
  return el?.closest('[data-editor-scroll]') ? 'grid' : null;
}

interface Pending {
  source: DragSource;
  x0: number;
  y0: number;
  moved: boolean;
  /** The editor grid the press began in (a stretch measures its wire there). */
  grid: HTMLElement | null;
}

/** Where a drag of `p` over (x, y) points: a stretch always has a slot while its grid is there. */
function targetOf(p: Pending, x: number, y: number): Slot | 'grid' | null {
  if (p.source.kind !== 'stretch' || !p.grid?.isConnected) return slotAt(x, y);
  const top = p.grid.getBoundingClientRect().top;
  return { qubit: wireFromY(y - top, Number(p.grid.dataset.qubits)), column: p.source.column };
}

/**
 * `onDrop(source, slot)`: slot null means the drag ended off the circuit. `onClick(source)`:
 * pressed and released without moving.
 */
export function useDragDrop(
  onDrop: (source: DragSource, slot: Slot | null) => void,
  onClick: (source: DragSource) => void,
): { drag: DragState | null; start(source: DragSource, e: ReactPointerEvent): void } {
  const [drag, setDrag] = useState<DragState | null>(null);
  const pending = useRef<Pending | null>(null);
  const handlers = useRef({ onDrop, onClick });
  useEffect(() => {
    handlers.current = { onDrop, onClick };
  });

  useEffect(() => {
    const move = (e: PointerEvent): void => {
      const p = pending.current;
      if (!p) return;
      if (!p.moved && Math.hypot(e.clientX - p.x0, e.clientY - p.y0) < THRESHOLD) return;
      p.moved = true;
      const at = targetOf(p, e.clientX, e.clientY);
      setDrag({
        source: p.source,
        x: e.clientX,
        y: e.clientY,
        over: at && at !== 'grid' ? at : null,
      });
    };
    const up = (e: PointerEvent): void => {
      const p = pending.current;
      if (!p) return;
      pending.current = null;
      setDrag(null);
      if (!p.moved) {
        handlers.current.onClick(p.source);
        return;
      }
      const at = targetOf(p, e.clientX, e.clientY);
      // Released over the grid between slots: nothing happens; off the circuit: a drop on nothing.
      if (at === 'grid') return;
      handlers.current.onDrop(p.source, at);
    };
    const cancel = (): void => {
      pending.current = null;
      setDrag(null);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', cancel);
    return () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', cancel);
    };
  }, []);

  const start = useCallback((source: DragSource, e: ReactPointerEvent): void => {
    if (e.button !== 0) return;
    e.preventDefault();
    // Let the pointer leave the pressed element (touch would otherwise capture it there).
    (e.target as Element).releasePointerCapture?.(e.pointerId);
    const grid = (e.target as Element).closest<HTMLElement>('[data-editor-grid]');
    pending.current = { source, x0: e.clientX, y0: e.clientY, moved: false, grid };
  }, []);

  return { drag, start };
}
