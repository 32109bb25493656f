// Points at the part of the page a lesson step names: the run controls, the circuit editor, the
// model or results column, or a settings panel by its Classroom name. The part gets a
// data-lesson-highlight attribute (drawn by lessons.css; React leaves attributes it does not own
// alone). While presenting (the lesson stays on screen beside the page) the part is scrolled into
// view if it is off screen; otherwise the page stays where the student reads the step.
import { useLayoutEffect, type RefObject } from 'react';

/** The element of `part` inside the page `root`; settings panels are found by their order. */
export function partElement(
  root: HTMLElement,
  part: string,
  settings: readonly string[],
): Element | null {
  const fixed: Record<string, string> = {
    run: '.run-controls',
    editor: '.editor-section',
    model: '[data-part="model"]',
    results: '[data-part="results"]',
  };
  if (fixed[part]) return root.querySelector(fixed[part]);
  const k = settings.indexOf(part);
  return k < 0 ? null : (root.querySelector('[data-part="settings"]')?.children[k] ?? null);
}

export function useLessonHighlight(
  root: RefObject<HTMLElement | null>,
  part: string | undefined,
  settings: readonly string[],
  scroll: boolean,
): void {
  const names = settings.join(' ');
  useLayoutEffect(() => {
    if (!root.current || !part) return;
    // The panel may still be loading (a lazy task panel): look again once it has come.
    let el: Element | null = null;
    const mark = (): void => {
      const found = partElement(root.current!, part, names.split(' '));
      if (found === el) return;
      el?.removeAttribute('data-lesson-highlight');
      el = found;
      if (!el) return;
      el.setAttribute('data-lesson-highlight', '');
      const box = el.getBoundingClientRect();
      if (scroll && (box.top > innerHeight || box.bottom < 0))
        el.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    };
    mark();
    // At most once a frame: charts redraw their nodes on every report while training plays.
    let frame = 0;
    const watch = new MutationObserver(() => {
      if (frame === 0) frame = requestAnimationFrame(() => ((frame = 0), mark()));
    });
    watch.observe(root.current, { childList: true, subtree: true });
    return () => {
      watch.disconnect();
      cancelAnimationFrame(frame);
      el?.removeAttribute('data-lesson-highlight');
    };
  }, [root, part, names, scroll]);
}
