// How much of the first screen is left below an element: the viewport's height minus the
// element's top on the page (scrolling does not change it). The embed sizes its plots with it so
// that a short iframe shows them whole without scrolling.
import { useEffect, useState } from 'react';
import type { RefObject } from 'react';

/**
 * CSS pixels from the top of `ref`'s element to the bottom of the viewport at scroll 0, kept up to
 * date when the window is resized or anything on the page changes height (a status line wrapping
 * above the element); null when `enabled` is false or before the first measurement.
 */
export function useRoomBelow(ref: RefObject<HTMLElement | null>, enabled: boolean): number | null {
  const [room, setRoom] = useState<number | null>(null);

  useEffect(() => {
    const el = ref.current;
    if (!enabled || !el) return;
    const measure = (): void => {
      const top = el.getBoundingClientRect().top + window.scrollY;
      setRoom(Math.floor(window.innerHeight - top));
    };
    measure();
    window.addEventListener('resize', measure);
    // The element's own size follows from the room, so a change there measures again to the same
    // value and stops; what moves the element is the page above it changing height.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(document.body);
    return () => {
      window.removeEventListener('resize', measure);
      observer?.disconnect();
    };
  }, [ref, enabled]);

  return enabled ? room : null;
}
