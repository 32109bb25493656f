// A task's panels loaded on first use (React.lazy over one import() of the task's panels module),
// so the page's first bundle holds only the code of the tasks it opens with; App.tsx shows
// PanelLoading in their place meanwhile.
import { lazy } from 'react';
import type { ComponentType } from 'react';

/** `pick(module)` from the module `load()` brings, as a component rendered once it has come. */
export function lazyPanel<M>(load: () => Promise<M>, pick: (m: M) => ComponentType): ComponentType {
  return lazy(() => load().then((m) => ({ default: pick(m) })));
}
