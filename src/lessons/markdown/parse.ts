// The safe Markdown subset of lesson text, as a small AST: paragraphs, headings (# to ###),
// bullet and numbered lists, block quotes, and the inlines of inline.ts. Pure (no React, no DOM):
// lessons are files and links anyone can write, so nothing here ever yields HTML, only text nodes
// the renderer puts into React elements, and links only to http(s) URLs.
import { HARD_BREAK, parseInline, type Inline } from './inline';

export type { Inline } from './inline';
export { safeHref } from './inline';

/** One block. Headings are levels 1–3 (#, ##, ###; deeper ones count as 3). */
export type Block =
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'heading'; level: 1 | 2 | 3; content: Inline[] }
  /** `- ` or `* ` items. */
  | { kind: 'bullets'; items: Inline[][] }
  /** `1. ` or `1) ` items; start: the first item's number. */
  | { kind: 'numbered'; start: number; items: Inline[][] }
  | { kind: 'quote'; blocks: Block[] };

/** Quotes nested deeper than this are text ("> > > >" stays as written past it). */
const MAX_QUOTE_DEPTH = 4;

/** The blocks of a lesson text. Never throws; any input gives text at worst. */
export function parseMarkdown(text: string): Block[] {
  return parseLines(text.split(/\r\n?|\n/), 0);
}

type Line =
  | { kind: 'blank' }
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'bullet'; text: string }
  | { kind: 'numbered'; start: number; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'text'; text: string };

/** What a line starts (indentation ignored: nested lists are read as one list). */
function classify(line: string, depth: number): Line {
  const t = line.trimStart();
  if (t === '') return { kind: 'blank' };
  const c = t[0];
  const gap = (i: number) => i >= t.length || t[i] === ' ' || t[i] === '\t';
  if (c === '#') {
    let n = 1;
    while (n < 7 && t[n] === '#') n++;
    if (n <= 6 && gap(n)) {
      const level = Math.min(n, 3) as 1 | 2 | 3;
      return { kind: 'heading', level, text: headingText(t.slice(n)) };
    }
  }
  if ((c === '-' || c === '*') && t.length > 1 && gap(1)) {
    return { kind: 'bullet', text: t.slice(2) };
  }
  const num = /^([0-9]{1,9})[.)](?:[ \t]|$)/.exec(t);
  if (num !== null) {
    return { kind: 'numbered', start: Number(num[1]), text: t.slice(num[0].length) };
  }
  if (c === '>' && depth < MAX_QUOTE_DEPTH) {
    return { kind: 'quote', text: t.slice(t[1] === ' ' ? 2 : 1) };
  }
  return { kind: 'text', text: t };
}

/** A heading's text without the optional closing run of '#'. */
function headingText(rest: string): string {
  const t = rest.trim();
  let i = t.length;
  while (i > 0 && t[i - 1] === '#') i--;
  return i === 0 || t[i - 1] === ' ' || t[i - 1] === '\t' ? t.slice(0, i).trim() : t;
}

function parseLines(lines: string[], depth: number): Block[] {
  const blocks: Block[] = [];
  const at = (i: number) => classify(lines[i] ?? '', depth);
  let i = 0;
  while (i < lines.length) {
    const line = at(i);
    switch (line.kind) {
      case 'blank':
        i++;
        break;
      case 'heading':
        blocks.push({ kind: 'heading', level: line.level, content: parseInline(line.text) });
        i++;
        break;
      case 'quote': {
        const inner: string[] = [];
        for (let l = at(i); l.kind === 'quote'; l = at(++i)) inner.push(l.text);
        blocks.push({ kind: 'quote', blocks: parseLines(inner, depth + 1) });
        break;
      }
      case 'bullet':
      case 'numbered': {
        const items: string[][] = [[line.text]];
        i++;
        while (i < lines.length) {
          let next = at(i);
          if (next.kind === 'blank') {
            // A blank line between two items keeps the list going; before anything else, ends it.
            let j = i;
            while (j < lines.length && next.kind === 'blank') next = at(++j);
            if (next.kind !== line.kind) break;
            i = j;
          }
          if (next.kind === line.kind) items.push([next.text]);
          else if (next.kind === 'text') items[items.length - 1]!.push(next.text);
          else break;
          i++;
        }
        const content = items.map((item) => parseInline(joinLines(item)));
        blocks.push(
          line.kind === 'bullet'
            ? { kind: 'bullets', items: content }
            : { kind: 'numbered', start: line.start, items: content },
        );
        break;
      }
      case 'text': {
        const para: string[] = [];
        for (let l: Line = line; continues(l); l = at(++i)) para.push(lines[i]!.trimStart());
        blocks.push({ kind: 'paragraph', content: parseInline(joinLines(para)) });
        break;
      }
    }
  }
  return blocks;
}

/** Whether a line carries on a paragraph: a numbered list may interrupt one only from 1. */
function continues(line: Line): boolean {
  return line.kind === 'text' || (line.kind === 'numbered' && line.start !== 1);
}

/**
 * One block's lines as one string for the inline parser: single newlines become spaces, and a
 * line ending in two spaces or an (unescaped) backslash ends in HARD_BREAK instead.
 */
function joinLines(lines: string[]): string {
  let out = '';
  lines.forEach((raw, k) => {
    let line = raw.trimStart();
    let sep = ' ';
    if (k < lines.length - 1) {
      let slashes = 0;
      while (line[line.length - 1 - slashes] === '\\') slashes++;
      if (slashes % 2 === 1) {
        line = line.slice(0, -1);
        sep = HARD_BREAK;
      } else if (line.endsWith('  ')) sep = HARD_BREAK;
    }
    out += line.trimEnd() + (k < lines.length - 1 ? sep : '');
  });
  return out;
}
