// The lesson Markdown component rendered to static HTML: the right elements for each block and
// inline, maths with sup/sub and a plain aria label, and no way for hostile text to make markup.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown } from '../../../src/lessons/markdown/Markdown';

const html = (text: string) => renderToStaticMarkup(createElement(Markdown, { text }));

describe('Markdown', () => {
  it('renders blocks as p, h3–h5, ul, ol with start and blockquote', () => {
    expect(html('# A\n## B\n### C\n\npara\n\n- x\n- y\n\n3. z\n\nmid\n\n1. w\n\n> q')).toBe(
      '<div class="markdown"><h3>A</h3><h4>B</h4><h5>C</h5><p>para</p>' +
        '<ul><li>x</li><li>y</li></ul><ol start="3"><li>z</li></ol><p>mid</p><ol><li>w</li></ol>' +
        '<blockquote><p>q</p></blockquote></div>',
    );
  });
  it('renders inlines as strong, em, code, br and links that open a new tab safely', () => {
    expect(html('**b** *e* `c<d>`  \nnext [l *i*](https://x.org/a?b=1&c=2)')).toBe(
      '<div class="markdown"><p><strong>b</strong> <em>e</em> <code>c&lt;d&gt;</code><br/>' +
        'next <a href="https://x.org/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer">' +
        'l <em>i</em></a></p></div>',
    );
  });
  it('renders maths in a span with sup, sub and a plain-text label', () => {
    expect(html('$2^{-n}$ and $H_2$')).toBe(
      '<div class="markdown"><p><span class="maths" role="math" aria-label="2⁻ⁿ">2<sup>−n</sup></span>' +
        ' and <span class="maths" role="math" aria-label="H₂">H<sub>2</sub></span></p></div>',
    );
    expect(html('$$\\text{if } x$$')).toContain(
      '<span class="maths maths-display" role="math" aria-label="if x"><span class="maths-upright">if </span>x</span>',
    );
  });

  const hostile = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '[x](javascript:alert(1))',
    '[x](JaVaScRiPt:alert(1))',
    '[x]( javascript:alert(1))',
    '[x](java\tscript:alert(1))',
    '[x](data:text/html,<script>alert(1)</script>)',
    '[x](//evil.example)',
    '[<img src=x onerror=alert(1)>](https://ok.example)',
    '[x](https://ok.example/"><script>alert(1)</script>)',
    '$<img src=x onerror=alert(1)>$',
    '`<script>alert(1)</script>`',
    '# <script>alert(1)</script>\n- <img src=x onerror=alert(1)>',
  ];
  it.each(hostile)('makes no markup of %s', (text) => {
    const out = html(text);
    expect(out).not.toMatch(/<script/i);
    expect(out).not.toMatch(/<img/i);
    expect(out).not.toMatch(/<[a-z]+[^>]*\sonerror/i);
    expect(out).not.toMatch(/href="(?!https?:\/\/)/i);
    expect(out).not.toMatch(/href="[^"]*javascript/i);
  });
  it('renders refused links as their label only', () => {
    expect(html('[x](javascript:alert(1)) [y](data:text/html,hi)')).toBe(
      '<div class="markdown"><p>x y</p></div>',
    );
  });
  it('keeps a quote in a URL inside the attribute', () => {
    expect(html('[x](https://a.org/"onmouseover="alert(1))')).toContain(
      '<a href="https://a.org/%22onmouseover=%22alert(1)" target="_blank" rel="noopener noreferrer">x</a>',
    );
  });
  it('renders 200k characters of nested brackets and emphasis', () => {
    const out = html('[*_'.repeat(70_000));
    expect(out.startsWith('<div class="markdown"><p>')).toBe(true);
    expect(out).not.toContain('<a');
  });
});
