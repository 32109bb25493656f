// The quiet "Download image" control in a drawing's top right corner: a small button that opens a
// row of choices, the picture as SVG or PNG and, for a chart of series, the data it draws as CSV.
// Placed beside the drawing (a button inside an element named as an image is hidden from
// screen readers), in a parent that is `position: relative`. Styled by downloadImage.css (imported
// by app.css: unit tests reach this module through the charts, and Node has no CSS).
import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent, RefObject } from 'react';
import { csvText } from './download/csvText';
import type { CsvTable } from './download/csvText';
import { downloadBlob } from './download/downloadBlob';
import { fileName } from './download/fileName';
import { pngBlob } from './download/pngBlob';
import { pictureIn } from './download/svgText';

interface Props {
  /** The drawing's accessible name: the button says "Download image of <label>"; files take it. */
  label: string;
  /** The element whose SVGs and canvases are the picture. */
  target: RefObject<Element | null>;
  /** The data the chart draws (one column per series), read when it is downloaded. */
  data?: () => CsvTable;
}

type Format = 'svg' | 'png' | 'csv';

/** Excel reads a CSV as UTF-8 (⟩, ², Greek) only when it starts with a byte order mark. */
const BOM = '\ufeff';

export function DownloadImage({ label, target, data }: Props) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState('');
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const formats: readonly Format[] = data ? ['svg', 'png', 'csv'] : ['svg', 'png'];

  // A press outside the control closes the menu, as any menu does.
  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  // Opening moves the focus to the first choice, so the keyboard can pick one at once.
  useEffect(() => {
    if (open) rootRef.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const save = async (format: Format) => {
    close();
    setError('');
    try {
      if (format === 'csv' && data) {
        const { columns, rows } = data();
        const blob = new Blob([BOM, csvText(columns, rows)], { type: 'text/csv;charset=utf-8' });
        return downloadBlob(blob, fileName(label, 'csv'));
      }
      const el = target.current;
      const picture = el ? pictureIn(el, label) : null;
      if (!picture) throw new Error('There is nothing drawn to save yet.');
      const blob =
        format === 'svg'
          ? new Blob([picture.text], { type: 'image/svg+xml' })
          : await pngBlob(picture.text, picture.width, picture.height);
      downloadBlob(blob, fileName(label, format));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  // Arrow keys move along the choices (the menu is a row), Escape and Tab close it.
  const onMenuKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const items = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const step: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }; // prettier-ignore
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
    } else if (e.key === 'Tab') setOpen(false);
    else if (step[e.key] !== undefined) {
      e.preventDefault();
      items[(at + step[e.key]! + items.length) % items.length]?.focus();
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      items[e.key === 'Home' ? 0 : items.length - 1]?.focus();
    }
  };

  return (
    <div className="download-image" ref={rootRef}>
      {open && (
        <div
          id={menuId}
          className="download-image-menu"
          role="menu"
          aria-orientation="horizontal"
          aria-label={`Download ${label}`}
          onKeyDown={onMenuKey}
        >
          {formats.map((format) => (
            <button
              key={format}
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => void save(format)}
            >
              {format === 'csv' ? 'Data (CSV)' : format.toUpperCase()}
            </button>
          ))}
        </div>
      )}
      <button
        ref={buttonRef}
        type="button"
        className="download-image-button"
        aria-label={`Download image of ${label}`}
        title="Download image"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((o) => !o)}
      />
      {error && <p className="download-image-error">{error}</p>}
    </div>
  );
}
