// The inline half of the lesson Markdown subset: text, **strong**, *em* / _em_, `code`,
// [label](https://…), $maths$ and $$maths$$, hard breaks and backslash escapes. One left-to-right
// pass over a stack of open delimiters at most MAX_DEPTH deep, with closers found by tables built
// in one pass, so hostile input (200k of `*`, `[`, `$`, `(`) stays linear. Only http(s) URLs
// become links; everything else, HTML included, is text.

/** One inline node. Texts are plain strings: nothing here is ever HTML. */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; children: Inline[] }
  | { kind: 'em'; children: Inline[] }
  | { kind: 'code'; text: string }
  /** href: an absolute http: or https: URL, normalised by the URL constructor (safeHref). */
  | { kind: 'link'; href: string; children: Inline[] }
  /** src: the TeX-like source between the dollars; display: written as $$…$$. */
  | { kind: 'maths'; src: string; display: boolean }
  | { kind: 'break' };

/** Where the block parser joined two lines with a hard break (two spaces or a backslash). */
export const HARD_BREAK = '\n';

/** Open emphasis and bracket frames deeper than this are literal text: bounds work and nesting. */
const MAX_DEPTH = 24;
const ESCAPABLE = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
const SPECIAL = new Set(['\\', HARD_BREAK, '`', '$', '*', '_', '[', ']']);
const SPACE = /\s/;
const PUNCT = /[\p{P}\p{S}]/u;

/**
 * The URL a link may point to, or null: only absolute http: and https: URLs, with no whitespace
 * or control characters anywhere (the URL parser would silently drop `\t` from `java\tscript:`).
 */
export function safeHref(raw: string): string | null {
  if (!/^https?:\/\//i.test(raw)) return null;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c <= 0x20 || (c >= 0x7f && c <= 0x9f)) return null;
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/** Parses one block's text (lines already joined, HARD_BREAK where a hard break was). */
export function parseInline(src: string): Inline[] {
  return new InlineParser(src).run();
}

interface Frame {
  kind: 'root' | 'delim' | 'bracket';
  /** '*' or '_' for a delimiter frame. */
  char: string;
  /** Delimiter characters of the run not matched yet. */
  count: number;
  /** Length of the run as written (CommonMark's "rule of 3" compares these). */
  orig: number;
  canClose: boolean;
  /** Bracket frames: false once a link closed after them (no links inside links). */
  active: boolean;
  children: Inline[];
}

const isSpace = (c: string) => SPACE.test(c);
const isPunct = (c: string) => PUNCT.test(c);

class InlineParser {
  private readonly stack: Frame[] = [newFrame('root', '', 0, false)];
  /** For each '(' (not escaped) the index of its balanced ')', else -1. */
  private readonly parens: Int32Array;
  /** The first '$' at or after i not preceded by a backslash, else -1. */
  private readonly dollar: Int32Array;
  /** The first '$$' at or after i not preceded by a backslash, else -1. */
  private readonly double: Int32Array;
  /** Backtick run length → starts of the maximal runs of that length, ascending. */
  private readonly ticks = new Map<number, number[]>();

  constructor(private readonly s: string) {
    const n = s.length;
    this.parens = new Int32Array(n).fill(-1);
    const open: number[] = [];
    for (let i = 0; i < n; i++) {
      const c = s[i];
      if (c === '\\' && ESCAPABLE.includes(s[i + 1] ?? 'x')) i++;
      else if (c === '(') open.push(i);
      else if (c === ')' && open.length > 0) this.parens[open.pop()!] = i;
    }
    this.dollar = new Int32Array(n + 2).fill(-1);
    this.double = new Int32Array(n + 2).fill(-1);
    for (let i = n - 1; i >= 0; i--) {
      const free = s[i] === '$' && s[i - 1] !== '\\';
      this.dollar[i] = free ? i : this.dollar[i + 1]!;
      this.double[i] = free && s[i + 1] === '$' ? i : this.double[i + 1]!;
    }
    for (let i = 0; i < n;) {
      if (s[i] !== '`') {
        i++;
        continue;
      }
      const end = runEnd(s, i, '`');
      const list = this.ticks.get(end - i) ?? [];
      list.push(i);
      this.ticks.set(end - i, list);
      i = end;
    }
  }

  run(): Inline[] {
    const s = this.s;
    let from = 0;
    for (let i = 0; i < s.length;) {
      if (!SPECIAL.has(s[i]!)) {
        i++;
        continue;
      }
      this.text(s.slice(from, i));
      i = this.special(i);
      from = i;
    }
    this.text(s.slice(from));
    while (this.stack.length > 1) this.flattenTop();
    return this.top().children;
  }

  /** Handles the special character at i; returns where plain text resumes. */
  private special(i: number): number {
    const s = this.s;
    const c = s[i]!;
    switch (c) {
      case '\\': {
        const next = s[i + 1];
        if (next !== undefined && ESCAPABLE.includes(next)) {
          this.text(next);
          return i + 2;
        }
        this.text('\\');
        return i + 1;
      }
      case HARD_BREAK:
        this.push({ kind: 'break' });
        return i + 1;
      case '`':
        return this.code(i);
      case '$':
        return this.maths(i);
      case '[':
        if (this.stack.length < MAX_DEPTH) this.stack.push(newFrame('bracket', '[', 1, false));
        else this.text('[');
        return i + 1;
      case ']':
        return this.closeBracket(i);
      default:
        return this.delimiters(i, c);
    }
  }

  private code(i: number): number {
    const end = runEnd(this.s, i, '`');
    const len = end - i;
    const starts = this.ticks.get(len) ?? [];
    const close = starts[firstAtLeast(starts, end)];
    if (close === undefined) {
      this.text('`'.repeat(len));
      return end;
    }
    let body = this.s.slice(end, close).replaceAll(HARD_BREAK, ' ');
    if (body.length > 2 && body.startsWith(' ') && body.endsWith(' ') && body.trim() !== '') {
      body = body.slice(1, -1);
    }
    this.push({ kind: 'code', text: body });
    return close + len;
  }

  private maths(i: number): number {
    const s = this.s;
    if (s[i + 1] === '$') {
      const close = this.double[i + 2]!;
      const body =
        close < 0
          ? ''
          : s
              .slice(i + 2, close)
              .replaceAll(HARD_BREAK, ' ')
              .trim();
      if (body === '') {
        this.text('$$');
        return i + 2;
      }
      this.push({ kind: 'maths', src: body, display: true });
      return close + 2;
    }
    // Pandoc's rule, so prices stay text: no space inside either dollar, no digit right after.
    const close = this.dollar[i + 1]!;
    const after = s[i + 1] ?? ' ';
    if (close < 0 || isSpace(after) || isSpace(s[close - 1]!) || /[0-9]/.test(s[close + 1] ?? '')) {
      this.text('$');
      return i + 1;
    }
    this.push({ kind: 'maths', src: s.slice(i + 1, close).replaceAll(HARD_BREAK, ' '), display: false }); // prettier-ignore
    return close + 1;
  }

  /** A run of '*' or '_': closes what it can (CommonMark's flanking rules), opens the rest. */
  private delimiters(i: number, c: string): number {
    const s = this.s;
    const end = runEnd(s, i, c);
    const before = s[i - 1] ?? ' ';
    const after = s[end] ?? ' ';
    const left = !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before));
    const right = !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after));
    const canOpen = c === '*' ? left : left && (!right || isPunct(before));
    const canClose = c === '*' ? right : right && (!left || isPunct(after));
    let count = end - i;
    if (canClose) count = this.closeEmphasis(c, count, end - i, canOpen);
    if (count > 0) {
      if (canOpen && this.stack.length < MAX_DEPTH) {
        const frame = newFrame('delim', c, count, canClose);
        frame.orig = end - i;
        this.stack.push(frame);
      } else this.text(c.repeat(count));
    }
    return end;
  }

  /** Matches a closing run against open frames (not across a bracket); returns what is left. */
  private closeEmphasis(c: string, count: number, orig: number, closerCanOpen: boolean): number {
    while (count > 0) {
      const k = this.opener(c, orig, closerCanOpen);
      if (k < 0) return count;
      while (this.stack.length - 1 > k) this.flattenTop();
      const opener = this.top();
      const use = opener.count >= 2 && count >= 2 ? 2 : 1;
      opener.count -= use;
      count -= use;
      const node: Inline = { kind: use === 2 ? 'strong' : 'em', children: opener.children };
      if (opener.count > 0) opener.children = [node];
      else {
        this.stack.pop();
        this.push(node);
      }
    }
    return 0;
  }

  /** The stack index of the nearest frame a closing run may match, or -1 (brackets bound it). */
  private opener(c: string, orig: number, closerCanOpen: boolean): number {
    for (let k = this.stack.length - 1; k > 0; k--) {
      const f = this.stack[k]!;
      if (f.kind === 'bracket') return -1;
      // The rule of 3: `*a**b*` must not pair the `*` with half of the `**`.
      const ruleOf3 =
        (f.canClose || closerCanOpen) &&
        (f.orig + orig) % 3 === 0 &&
        (f.orig % 3 !== 0 || orig % 3 !== 0);
      if (f.char === c && !ruleOf3) return k;
    }
    return -1;
  }

  /** ']': a link if an open '[' and a '(destination)' follow, else literal text. */
  private closeBracket(i: number): number {
    let k = this.stack.length - 1;
    while (k > 0 && this.stack[k]!.kind !== 'bracket') k--;
    if (k === 0) {
      this.text(']');
      return i + 1;
    }
    while (this.stack.length - 1 > k) this.flattenTop();
    const dest = this.destination(i + 1);
    if (dest === null || !this.top().active) {
      this.flattenTop();
      this.text(']');
      return i + 1;
    }
    const label = this.stack.pop()!.children;
    for (const f of this.stack) if (f.kind === 'bracket') f.active = false;
    const href = safeHref(dest.url);
    if (href !== null) this.push({ kind: 'link', href, children: label });
    else for (const node of label) this.push(node); // not a safe URL: the label, as plain text
    return dest.end;
  }

  /**
   * '(url)' or '(url "title")' at pos, balanced parentheses allowed. The title is dropped; any
   * other space leaves the space in the URL, so safeHref refuses it and the label shows as text.
   */
  private destination(pos: number): { url: string; end: number } | null {
    const close = this.s[pos] === '(' ? this.parens[pos]! : -1;
    if (close < 0) return null;
    let raw = this.s.slice(pos + 1, close).trim();
    const gap = raw.search(/\s/);
    const title = gap < 0 ? '' : raw.slice(gap).trim();
    const quote = title[0];
    if ((quote === '"' || quote === "'") && title.length > 1 && title.endsWith(quote)) {
      raw = raw.slice(0, gap);
    }
    let url = '';
    for (let i = 0; i < raw.length; i++) {
      if (raw[i] === '\\' && ESCAPABLE.includes(raw[i + 1] ?? 'x')) i++;
      url += raw[i];
    }
    return { url, end: close + 1 };
  }

  /** Gives up on the innermost open frame: its marker becomes text, its content moves out. */
  private flattenTop(): void {
    const f = this.stack.pop()!;
    this.text(f.kind === 'bracket' ? '[' : f.char.repeat(f.count));
    for (const node of f.children) this.push(node);
  }

  private top(): Frame {
    return this.stack[this.stack.length - 1]!;
  }

  private text(text: string): void {
    if (text !== '') this.push({ kind: 'text', text });
  }

  private push(node: Inline): void {
    const children = this.top().children;
    const last = children[children.length - 1];
    if (node.kind === 'text' && last?.kind === 'text') last.text += node.text;
    else children.push(node);
  }
}

function newFrame(kind: Frame['kind'], char: string, count: number, canClose: boolean): Frame {
  return { kind, char, count, orig: count, canClose, active: true, children: [] };
}

/** The index just past the run of c starting at i. */
function runEnd(s: string, i: number, c: string): number {
  let j = i;
  while (s[j] === c) j++;
  return j;
}

/** The index of the first element ≥ x in an ascending list (its length if none). */
function firstAtLeast(list: number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
