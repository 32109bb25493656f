// Inline styles shared by the VQE tables: a scroll box with a header that stays in view.
import type { CSSProperties } from 'react';

/** A box of at most `rows` table rows that scrolls beyond them. */
export function scrollBox(rows: number): CSSProperties {
  return {
    // About 2em a row at the line height and padding of `.figures`, plus a header of up to two lines.
    maxHeight: `${2 * rows + 3.2}em`,
    overflowY: 'auto',
    border: '1px solid #e5e7eb',
    borderRadius: 8,
  };
}

/** Header cells stay at the top of the scroll box. */
export const STICKY_HEAD: CSSProperties = {
  position: 'sticky',
  top: 0,
  background: '#ffffff',
  boxShadow: 'inset 0 -2px 0 #d1d5db',
  verticalAlign: 'bottom',
};

export const TABLE: CSSProperties = { margin: 0 };
