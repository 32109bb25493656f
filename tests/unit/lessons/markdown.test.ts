// The lesson Markdown parser: each block and inline kind, nesting, escapes, unclosed markers,
// and hostile input (HTML, script URLs, 200k-character pathological runs) that must stay text.
import { describe, expect, it } from 'vitest';
import { parseMarkdown, safeHref, type Block, type Inline } from '../../../src/lessons/markdown/parse'; // prettier-ignore

const t = (text: string): Inline => ({ kind: 'text', text });
const para = (...content: Inline[]): Block => ({ kind: 'paragraph', content });
/** The inlines of a text that must be one paragraph. */
function inlines(text: string): Inline[] {
  const blocks = parseMarkdown(text);
  expect(blocks).toHaveLength(1);
  const [block] = blocks;
  if (block?.kind !== 'paragraph') throw new Error(`not a paragraph: ${JSON.stringify(block)}`);
  return block.content;
}
/** Every text in a tree, and every link href, flattened (what could reach the page). */
function walk(nodes: Inline[], out: { text: string; hrefs: string[] }): void {
  for (const n of nodes) {
    if (n.kind === 'text' || n.kind === 'code') out.text += n.text;
    else if (n.kind === 'maths') out.text += `$${n.src}$`;
    else if (n.kind === 'link') {
      out.hrefs.push(n.href);
      walk(n.children, out);
    } else if (n.kind !== 'break') walk(n.children, out);
  }
}
function flat(blocks: Block[]): { text: string; hrefs: string[] } {
  const out = { text: '', hrefs: [] as string[] };
  for (const b of blocks) {
    if (b.kind === 'paragraph' || b.kind === 'heading') walk(b.content, out);
    else if (b.kind === 'quote') {
      const inner = flat(b.blocks);
      out.text += inner.text;
      out.hrefs.push(...inner.hrefs);
    } else for (const item of b.items) walk(item, out);
  }
  return out;
}

describe('blocks', () => {
  it('splits paragraphs at blank lines and joins single newlines with a space', () => {
    expect(parseMarkdown('one\ntwo\n\n\nthree\r\nfour')).toEqual([
      para(t('one two')),
      para(t('three four')),
    ]);
    expect(parseMarkdown('')).toEqual([]);
    expect(parseMarkdown('  \n\t\n')).toEqual([]);
  });
  it('reads # ## ### as heading levels 1–3, deeper ones as 3, and #tag as text', () => {
    expect(parseMarkdown('# One\n## Two ##\n### Three\n#### Four\n#tag')).toEqual([
      { kind: 'heading', level: 1, content: [t('One')] },
      { kind: 'heading', level: 2, content: [t('Two')] },
      { kind: 'heading', level: 3, content: [t('Three')] },
      { kind: 'heading', level: 3, content: [t('Four')] },
      para(t('#tag')),
    ]);
  });
  it('reads bullet lists with - and *, continuation lines and blank lines between items', () => {
    expect(parseMarkdown('- a\n* b\n  more of b\n\n- c\n\nafter')).toEqual([
      { kind: 'bullets', items: [[t('a')], [t('b more of b')], [t('c')]] },
      para(t('after')),
    ]);
  });
  it('reads numbered lists with . and ) and keeps the start number', () => {
    expect(parseMarkdown('3. three\n4) four')).toEqual([
      { kind: 'numbered', start: 3, items: [[t('three')], [t('four')]] },
    ]);
    expect(parseMarkdown('1. one')).toEqual([{ kind: 'numbered', start: 1, items: [[t('one')]] }]);
  });
  it('lets a bullet or a list from 1 interrupt a paragraph, but not "2024. Then"', () => {
    expect(parseMarkdown('in the year\n2024. Then\n- item')).toEqual([
      para(t('in the year 2024. Then')),
      { kind: 'bullets', items: [[t('item')]] },
    ]);
    expect(parseMarkdown('steps:\n1. go')[1]).toEqual({ kind: 'numbered', start: 1, items: [[t('go')]] }); // prettier-ignore
  });
  it('reads block quotes, nested, and leaves **bold** at a line start as a paragraph', () => {
    expect(parseMarkdown('> said\n> more\n>> inner\n\n**not** a list')).toEqual([
      {
        kind: 'quote',
        blocks: [para(t('said more')), { kind: 'quote', blocks: [para(t('inner'))] }],
      },
      para({ kind: 'strong', children: [t('not')] }, t(' a list')),
    ]);
  });
  it('makes a hard break of two trailing spaces or a backslash, never at the end', () => {
    expect(inlines('a  \nb\\\nc\\\\\nd  ')).toEqual([
      t('a'),
      { kind: 'break' },
      t('b'),
      { kind: 'break' },
      t('c\\ d'),
    ]);
  });
});

describe('inlines', () => {
  it('reads strong, emphasis with * and _, and nests them', () => {
    expect(inlines('**bold *em* bold**')).toEqual([
      { kind: 'strong', children: [t('bold '), { kind: 'em', children: [t('em')] }, t(' bold')] },
    ]);
    expect(inlines('_a_ *b* ***c***')).toEqual([
      { kind: 'em', children: [t('a')] },
      t(' '),
      { kind: 'em', children: [t('b')] },
      t(' '),
      { kind: 'em', children: [{ kind: 'strong', children: [t('c')] }] },
    ]);
  });
  it('does not take _ inside words as emphasis', () => {
    expect(inlines('snake_case_name and 2_000_000')).toEqual([t('snake_case_name and 2_000_000')]);
  });
  it('keeps code literal: no formatting, escapes or maths inside', () => {
    expect(inlines('run `a *b* \\* $x$` now and ``x ` y``')).toEqual([
      t('run '),
      { kind: 'code', text: 'a *b* \\* $x$' },
      t(' now and '),
      { kind: 'code', text: 'x ` y' },
    ]);
  });
  it('reads inline maths, not prices, and $$display$$ maths', () => {
    expect(inlines('so $x^2$ costs $5 or $10, and $$\\frac{a}{b}$$')).toEqual([
      t('so '),
      { kind: 'maths', src: 'x^2', display: false },
      t(' costs $5 or $10, and '),
      { kind: 'maths', src: '\\frac{a}{b}', display: true },
    ]);
    expect(inlines('$a\\$b$')).toEqual([{ kind: 'maths', src: 'a\\$b', display: false }]);
  });
  it('reads links to http(s) URLs, with emphasis in the label and balanced brackets', () => {
    expect(
      inlines('see [the *Bloch* sphere](https://en.wikipedia.org/wiki/Bloch_(sphere)).'),
    ).toEqual([
      // prettier-ignore
      t('see '),
      {
        kind: 'link',
        href: 'https://en.wikipedia.org/wiki/Bloch_(sphere)',
        children: [t('the '), { kind: 'em', children: [t('Bloch')] }, t(' sphere')],
      },
      t('.'),
    ]);
    expect(inlines('[a](http://x.org) [b]( https://y.org "Title" )')).toEqual([
      { kind: 'link', href: 'http://x.org/', children: [t('a')] },
      t(' '),
      { kind: 'link', href: 'https://y.org/', children: [t('b')] },
    ]);
  });
  it('does not nest links: the inner one wins', () => {
    expect(inlines('[a [b](https://b.org) c](https://c.org)')).toEqual([
      t('[a '),
      { kind: 'link', href: 'https://b.org/', children: [t('b')] },
      t(' c](https://c.org)'),
    ]);
  });
  it('gives the literal character for backslash escapes', () => {
    expect(inlines('\\*a\\* \\_b\\_ \\$c\\$ \\`d\\` \\[e\\](f) \\\\ \\q')).toEqual([
      t('*a* _b_ $c$ `d` [e](f) \\ \\q'),
    ]);
  });
  it('leaves unclosed markers as literal text', () => {
    for (const text of ['**a', '*a', '_a', '`a', '$a', '[a', '[a](https://x.org', 'a]', 'a**']) {
      expect(inlines(text)).toEqual([t(text)]);
    }
    expect(inlines('[a] (https://x.org)')).toEqual([t('[a] (https://x.org)')]);
    expect(inlines('**a *b')).toEqual([t('**a *b')]);
    expect(inlines('a ** b * c')).toEqual([t('a ** b * c')]);
  });
});

describe('hostile input stays text', () => {
  it('keeps HTML as text', () => {
    for (const html of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>']) {
      expect(inlines(html)).toEqual([t(html)]);
    }
  });
  const notLinks = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example',
    '/relative/path',
    'evil.example',
    'file:///etc/passwd',
    'https:evil.example',
  ];
  it.each(notLinks)('renders [x](%s) as the plain label', (url) => {
    const blocks = parseMarkdown(`[x](${url}) y`);
    expect(flat(blocks).hrefs).toEqual([]);
    expect(blocks).toEqual([para(t('x y'))]);
  });
  it('rejects the same URLs in safeHref, and control characters anywhere', () => {
    for (const url of [...notLinks, 'https://a.org/\u0000x', 'https://a.org/ x', 'http://']) {
      expect(safeHref(url)).toBeNull();
    }
    expect(safeHref('HTTPS://A.org/x')).toBe('https://a.org/x');
  });
  it('percent-encodes a quote in a URL instead of ending the attribute', () => {
    const [link] = inlines('[x](https://a.org/"onmouseover="alert(1))');
    expect(link).toEqual({
      kind: 'link',
      href: 'https://a.org/%22onmouseover=%22alert(1)',
      children: [t('x')],
    });
  });
  const big = 200_000;
  const pathological: [string, string][] = [
    ['*', '*'.repeat(big)],
    ['_', '_'.repeat(big)],
    ['[', '['.repeat(big)],
    ['$', '$'.repeat(big)],
    ['`', '`'.repeat(big)],
    ['nested brackets', '['.repeat(big / 2) + ']'.repeat(big / 2)],
    ['links without end', '[a]('.repeat(big / 4)],
    ['open parens', '[a]'.repeat(big / 6) + '('.repeat(big / 2)],
    ['emphasis openers then closers', '**a '.repeat(big / 8) + 'b** '.repeat(big / 8)],
    ['alternating', '*_'.repeat(big / 2)],
    ['dollar gaps', '$ a'.repeat(big / 3)],
    ['quote markers', '>'.repeat(big)],
    ['one long line of #', '#'.repeat(big)],
  ];
  it.each(pathological)('parses 200k characters of %s and keeps the text', (_name, text) => {
    const blocks = parseMarkdown(text);
    const out = flat(blocks).text;
    expect(out.length).toBeGreaterThan(0);
    expect(flat(blocks).hrefs).toEqual([]);
  });
  it('keeps every character of a run of unmatched markers', () => {
    expect(flat(parseMarkdown('['.repeat(big))).text).toBe('['.repeat(big));
    expect(flat(parseMarkdown('*'.repeat(big) + 'a')).text).toBe('*'.repeat(big) + 'a');
  });
});
