// Width of a container element in CSS pixels, kept up to date by a ResizeObserver.
import { useEffect, useState } from 'react';
import type { RefObject } from 'react';

/**
 * Returns `fixed` when given; otherwise the content width of `ref`'s element (`fallback` until the
 * first measurement, or where ResizeObserver does not exist).
 */
export function useContainerWidth(
  ref: RefObject<HTMLElement | null>,
  fixed: number | undefined,
  fallback = 640,
): number {
  const [measured, setMeasured] = useState<number | null>(null);

  useEffect(() => {
    const el = ref.current;
    if (fixed !== undefined || !el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      // Whole pixels: sub-pixel jitter would redraw the chart for nothing.
      if (w !== undefined && w > 0) setMeasured(Math.floor(w));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, fixed]);

  return fixed ?? measured ?? fallback;
}
