// A standalone SVG file of a drawing as it is on screen: its SVG (or several, such as a circuit
// wrapped into rows) and the canvases painted over or under it, placed where they are shown.
// Styles that come from style sheets do not travel with an SVG file: each element's computed
// paint and font are written onto it.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The page background under every picture: a chart's white is the page's, not the SVG's. */
const BACKGROUND = '#ffffff';

/** Properties a child takes from its parent: written only where they differ from the parent's. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-anchor',
  'paint-order',
  'visibility',
] as const;

/**
 * Properties each element has of its own (or inherited in one browser and not another): written
 * wherever they differ from their initial value, and where they differ from the parent's.
 */
const OWN: Readonly<Record<string, string>> = {
  opacity: '1',
  'dominant-baseline': 'auto',
};

/** Attributes for the page alone (screen readers, focus, style sheets), left out of the file. */
const PAGE_ONLY = ['class', 'role', 'tabindex', 'aria-label', 'aria-hidden', 'aria-busy'];

/** A picture: its SVG file's text and its size in CSS pixels. */
export interface Picture {
  text: string;
  width: number;
  height: number;
}

/**
 * The SVG file of `svg` with `canvases` (drawn over or under it, in document order) embedded as
 * PNG images where they are on screen.
 */
export function svgText(svg: SVGSVGElement, canvases: readonly HTMLCanvasElement[] = []): string {
  return pictureOf([svg, ...canvases]).text;
}

/**
 * The picture of every drawing in `root`: its outermost SVGs and its canvases, each where it is
 * shown, in a frame around them all. Null when `root` holds nothing drawn.
 */
export function pictureIn(root: Element, title?: string): Picture | null {
  const parts = [...root.querySelectorAll<SVGSVGElement | HTMLCanvasElement>('svg, canvas')].filter(
    (el) => !el.parentElement?.closest('svg'),
  );
  // A chart whose key is an HTML list beside it (in its figure) takes the key along, below it.
  const key = root.closest('figure')?.querySelector<HTMLElement>(KEY_LISTS) ?? null;
  return parts.length > 0 ? pictureOf(parts, title, key) : null;
}

/** The HTML keys some charts keep beside their SVG. */
const KEY_LISTS = 'ul[aria-label="Legend"], ul[aria-label="Key"]';

/** The picture of `parts` (SVGs and canvases), layered in document order, framed around them all. */
export function pictureOf(
  parts: readonly (SVGSVGElement | HTMLCanvasElement)[],
  title?: string,
  key: HTMLElement | null = null,
): Picture {
  const sorted = [...parts].sort((a, b) =>
    a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  );
  const boxes = sorted.map((el) => el.getBoundingClientRect());
  const shown = boxes.filter((r) => r.width > 0 && r.height > 0);
  const left = Math.min(...shown.map((r) => r.left));
  const top = Math.min(...shown.map((r) => r.top));
  const width = round(Math.max(...shown.map((r) => r.right)) - left) || 1;
  const drawn = round(Math.max(...shown.map((r) => r.bottom)) - top) || 1;

  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement as unknown as SVGSVGElement;
  const band = key ? keyBand(doc, key, width, drawn + KEY_GAP) : null;
  const height = band ? round(drawn + KEY_GAP + band.height) : drawn;
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const label = title ?? sorted.find((el) => el.getAttribute('aria-label'))?.getAttribute('aria-label'); // prettier-ignore
  if (label) root.append(element(doc, 'title', {}, label));
  root.append(element(doc, 'rect', { width: '100%', height: '100%', fill: BACKGROUND }));
  sorted.forEach((el, i) => {
    const r = boxes[i]!;
    if (r.width <= 0 || r.height <= 0) return;
    const at = { x: round(r.left - left), y: round(r.top - top), w: round(r.width), h: round(r.height) }; // prettier-ignore
    if (!(el instanceof HTMLCanvasElement)) root.append(svgCopy(doc, el, at));
    else if (el.width > 0 && el.height > 0) root.append(canvasImage(doc, el, at, clipOf(el, left, top))); // prettier-ignore
  });
  if (band) root.append(band.group);
  const text = new XMLSerializer().serializeToString(doc);
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${text}`, width, height };
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * The box a canvas is cut to: its parent's when that hides what overflows it (a heatmap whose cells
 * reach half a cell past the axes), else none.
 */
function clipOf(canvas: HTMLCanvasElement, left: number, top: number): Box | null {
  const parent = canvas.parentElement;
  if (!parent || getComputedStyle(parent).overflow === 'visible') return null;
  const r = parent.getBoundingClientRect();
  return { x: round(r.left - left), y: round(r.top - top), w: round(r.width), h: round(r.height) };
}

/** The canvas as an image of its pixels, stretched over the box it is shown in, cut to `clip`. */
function canvasImage(
  doc: XMLDocument,
  canvas: HTMLCanvasElement,
  at: Box,
  clip: Box | null,
): Element {
  const o = clip ?? { x: 0, y: 0, w: 0, h: 0 };
  const image = element(doc, 'image', {
    x: String(round(at.x - o.x)),
    y: String(round(at.y - o.y)),
    width: String(at.w),
    height: String(at.h),
    preserveAspectRatio: 'none',
    href: canvas.toDataURL('image/png'),
  });
  if (!clip) return image;
  // A nested SVG hides what lies outside it: the clip without a clipPath and its id.
  const frame = element(doc, 'svg', { x: String(clip.x), y: String(clip.y), width: String(clip.w), height: String(clip.h), overflow: 'hidden' }); // prettier-ignore
  frame.append(image);
  return frame;
}

/**
 * A copy of `svg` as a nested SVG at `at`, each element carrying its computed styles. Its own
 * coordinates are kept: a drawing scaled on screen (a circuit row zoomed to fit) is scaled by its
 * viewBox.
 */
function svgCopy(doc: XMLDocument, svg: SVGSVGElement, at: Box): Element {
  const copy = doc.importNode(svg, true) as unknown as SVGSVGElement;
  if (!copy.hasAttribute('viewBox')) {
    const w = Number(svg.getAttribute('width')) || at.w;
    const h = Number(svg.getAttribute('height')) || at.h;
    copy.setAttribute('viewBox', `0 0 ${w} ${h}`);
  }
  copy.setAttribute('x', String(at.x));
  copy.setAttribute('y', String(at.y));
  copy.setAttribute('width', String(at.w));
  copy.setAttribute('height', String(at.h));
  copy.setAttribute(
    'overflow',
    getComputedStyle(svg).overflow === 'visible' ? 'visible' : 'hidden',
  );
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [copy, ...copy.querySelectorAll('*')];
  for (let i = 0; i < from.length; i++) {
    const el = to[i]!;
    const source = from[i]!;
    const parent = i === 0 ? null : source.parentElement;
    setStyle(el, declarations(source, parent));
    if (el.getAttribute('style') === '') el.removeAttribute('style');
    for (const name of PAGE_ONLY) el.removeAttribute(name);
  }
  return copy;
}

/** The computed styles of `el` a file needs to look the same, as a style attribute's text. */
function declarations(el: Element, parent: Element | null): string {
  const own = getComputedStyle(el);
  if (own.display === 'none') return 'display:none';
  const up = parent ? getComputedStyle(parent) : null;
  const out: string[] = [];
  for (const name of INHERITED) {
    const value = own.getPropertyValue(name);
    if (value && (!up || up.getPropertyValue(name) !== value)) out.push(`${name}:${value}`);
  }
  for (const [name, initial] of Object.entries(OWN)) {
    const value = own.getPropertyValue(name);
    if (value && (value !== initial || (up && up.getPropertyValue(name) !== value)))
      out.push(`${name}:${value}`);
  }
  return out.join(';');
}

/**
 * Writes `declarations` as the element's style attribute through the CSSOM: setting the attribute
 * itself is an inline style, which the page's Content-Security-Policy (vite.config.ts) refuses.
 */
function setStyle(el: Element, declarations: string): void {
  (el as SVGElement).style.cssText = declarations;
}

function element(
  doc: XMLDocument,
  name: string,
  attributes: Readonly<Record<string, string>>,
  text?: string,
): Element {
  const el = doc.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) {
    if (key === 'style') setStyle(el, value);
    else el.setAttribute(key, value);
  }
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Space between a chart and its key below it. */
const KEY_GAP = 8;

/**
 * An HTML key (a list of swatches, small SVG marks and words) drawn as SVG at `top`: its items
 * in rows as wide as the picture, each mark as shown on screen, each text in the list's font.
 */
function keyBand(
  doc: XMLDocument,
  list: HTMLElement,
  width: number,
  top: number,
): { group: Element; height: number } {
  const group = element(doc, 'g', {});
  const style = getComputedStyle(list);
  const fontSize = parseFloat(style.fontSize) || 13;
  const font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const measure = document.createElement('canvas').getContext('2d');
  if (measure) measure.font = font;
  const rowHeight = Math.round(fontSize * 1.6);
  let x = 0;
  let y = top;
  for (const item of list.querySelectorAll('li')) {
    const text = (item.textContent ?? '').replace(/\s+/g, ' ').trim();
    const mark = item.querySelector<HTMLElement | SVGSVGElement>('svg, span');
    const box = mark?.getBoundingClientRect();
    const markWidth = box ? round(box.width) : 0;
    const textWidth = measure ? measure.measureText(text).width : text.length * fontSize * 0.6;
    const itemWidth = markWidth + (markWidth > 0 ? 6 : 0) + textWidth;
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += rowHeight;
    }
    if (mark && box && box.width > 0 && box.height > 0) {
      const at = { x, y: round(y + (rowHeight - box.height) / 2), w: markWidth, h: round(box.height) }; // prettier-ignore
      if (mark instanceof SVGSVGElement) group.append(svgCopy(doc, mark, at));
      else group.append(swatch(doc, mark, at));
    }
    const tx = x + markWidth + (markWidth > 0 ? 6 : 0);
    group.append(element(doc, 'text', { x: String(round(tx)), y: String(round(y + rowHeight / 2)), 'dominant-baseline': 'central', style: `font:${font};fill:${style.color}` }, text)); // prettier-ignore
    x = round(tx + textWidth + 18);
  }
  return { group, height: round(y + rowHeight - top) };
}

/** A colour swatch of the key (a span painted by its background or, for a tick, its border). */
function swatch(doc: XMLDocument, span: HTMLElement, at: Box): Element {
  const style = getComputedStyle(span);
  const transparent = (c: string) => c === 'transparent' || c === 'rgba(0, 0, 0, 0)';
  const fill = !transparent(style.backgroundColor)
    ? style.backgroundColor
    : ['Left', 'Top'].map((side) => style.getPropertyValue(`border-${side.toLowerCase()}-color`)).find((c) => c && !transparent(c)) ?? 'none'; // prettier-ignore
  return element(doc, 'rect', { x: String(at.x), y: String(at.y), width: String(at.w), height: String(at.h), fill }); // prettier-ignore
}

/** Hundredths of a pixel: enough for placement, short in the file. */
function round(v: number): number {
  return Math.round(v * 100) / 100;
}
