// Stands in for a task's panel whose code is still loading (lazyPanel.ts): an empty panel that
// says so, where the panel will be, so the columns keep their places.
export function PanelLoading() {
  return (
    <section className="panel" aria-busy="true">
      <p className="hint">Loading…</p>
    </section>
  );
}
