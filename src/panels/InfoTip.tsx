// An (i) button beside a term that shows what the term means (from src/glossary.ts) in a small
// popover: a disclosure button (aria-expanded), closed by a second press, Escape or a tap
// elsewhere; the popover is kept inside the viewport so it never widens the page on a phone.
import { memo, useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { GLOSSARY, type GlossaryTerm } from '../glossary';
import './infoTip.css';

interface Props {
  term: GlossaryTerm;
}

/** Space kept between the popover and the edges of the viewport, in CSS pixels. */
const EDGE = 8;

// Memoised: (i) buttons sit in panels that re-render with every training report.
export const InfoTip = memo(function InfoTip({ term }: Props) {
  const entry = GLOSSARY[term];
  const id = useId();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLSpanElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const popover = useRef<HTMLSpanElement>(null);

  // Slides the popover sideways until it fits between the viewport's edges.
  const place = useCallback((): void => {
    const el = popover.current;
    if (!el) return;
    el.style.left = '0px';
    const width = document.documentElement.clientWidth;
    const box = el.getBoundingClientRect();
    let shift = 0;
    if (box.right > width - EDGE) shift = width - EDGE - box.right;
    if (box.left + shift < EDGE) shift = EDGE - box.left;
    el.style.left = `${shift}px`;
  }, []);

  useLayoutEffect(() => {
    if (open) place();
  }, [open, place]);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      // Keyboard users land back on the button they opened the tip with.
      if (root.current?.contains(document.activeElement)) button.current?.focus();
    };
    const onPointer = (e: PointerEvent): void => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    window.addEventListener('resize', place);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
      window.removeEventListener('resize', place);
    };
  }, [open, place]);

  return (
    <span className="info-tip" ref={root}>
      <button
        ref={button}
        type="button"
        className="info-tip-button"
        aria-label={`About ${entry.term}`}
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">i</span>
      </button>
      {open && (
        <span id={id} ref={popover} className="info-tip-text" role="note">
          {entry.text}
        </span>
      )}
    </span>
  );
});
