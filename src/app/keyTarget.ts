// Whether a key press belongs to what has the focus rather than to the page's own shortcuts: a
// text field, a list box, editable text, or a widget that reads arrow keys itself (the circuit
// editor's grid, a slider).
export function keyBelongsToTarget(target: EventTarget | null): boolean {
  const t = target as HTMLElement | null;
  if (!t || typeof t.closest !== 'function') return false;
  if (t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable) return true;
  if (t.tagName === 'INPUT') return true;
  return (
    t.closest(
      '.circuit-editor, [role="grid"], [role="slider"], [role="listbox"], [role="tablist"]',
    ) !== null
  );
}

/** The same for undo: only text fields keep Ctrl+Z (the browser's own undo of typing). */
export function inTextField(target: EventTarget | null): boolean {
  const t = target as HTMLElement | null;
  return !!t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable); // prettier-ignore
}
