// D3 helpers shared by the charts: idempotent skeletons, so each redraw updates instead of rebuilding.
import { select } from 'd3';
import type { BaseType, Selection } from 'd3';

export type Sel<E extends BaseType> = Selection<E, unknown, null, undefined>;

/**
 * The one child `<tag class="cls">` of `parent`, created on first use. Found by walking the
 * children (charts call this for every part on every redraw; a selector query and a data join
 * each time cost more than the drawing they guard).
 */
export function layer<K extends keyof SVGElementTagNameMap, P extends BaseType>(
  parent: Sel<P>,
  tag: K,
  cls: string,
): Sel<SVGElementTagNameMap[K]> {
  const node = parent.node();
  if (node instanceof Element)
    for (let c = node.firstElementChild; c; c = c.nextElementSibling)
      if (c.localName === tag && c.classList.contains(cls))
        return select(c as SVGElementTagNameMap[K]) as unknown as Sel<SVGElementTagNameMap[K]>;
  return parent.append(tag).attr('class', cls) as unknown as Sel<SVGElementTagNameMap[K]>;
}

const drawnWith = new WeakMap<Element, string>();

/**
 * Whether `el` was last drawn with a different `key` (remembering this one): a redraw can skip
 * the parts whose inputs did not change (axes, legends) and touch only what moves.
 */
export function changed(el: Element, key: string): boolean {
  if (drawnWith.get(el) === key) return false;
  drawnWith.set(el, key);
  return true;
}
