// While a lesson is presented, the page's header (its run controls: Play is always at hand) sticks
// to the top beside the lesson (lessons.css). Its height goes into the page's --present-bar, so
// that the results column, which sticks too, and a panel a step scrolls to start under it.
import { useLayoutEffect, type RefObject } from 'react';

export function usePresentingBar(root: RefObject<HTMLElement | null>, presenting: boolean): void {
  useLayoutEffect(() => {
    const page = root.current;
    const bar = page?.querySelector<HTMLElement>(':scope > .lab-header');
    if (!presenting || !page || !bar) return;
    const measure = (): void => page.style.setProperty('--present-bar', `${bar.offsetHeight}px`);
    measure();
    const watch = new ResizeObserver(measure);
    watch.observe(bar);
    return () => {
      watch.disconnect();
      page.style.removeProperty('--present-bar');
    };
  }, [root, presenting]);
}
