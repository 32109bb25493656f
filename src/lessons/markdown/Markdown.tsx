// Lesson text on the page: the safe Markdown subset (parse.ts) as React elements only. No HTML
// string ever reaches the DOM; links are checked again to be http(s) and open in a new tab.
// Styles: markdown.css (imported by the page, not here, so tests load this without CSS).
import { useMemo, type ReactNode } from 'react';
import { mathsToInline, mathsToText, type MathPiece } from './maths';
import { parseMarkdown, safeHref, type Block, type Inline } from './parse';

export function Markdown({ text }: { text: string }) {
  const blocks = useMemo(() => parseMarkdown(text), [text]);
  return <div className="markdown">{blocks.map(renderBlock)}</div>;
}

function renderBlock(block: Block, key: number): ReactNode {
  switch (block.kind) {
    case 'paragraph':
      return <p key={key}>{renderInlines(block.content)}</p>;
    case 'heading': {
      // Lessons sit inside a page with its own h1/h2: # is h3, ## h4, ### h5.
      const Tag = (['h3', 'h4', 'h5'] as const)[block.level - 1]!;
      return <Tag key={key}>{renderInlines(block.content)}</Tag>;
    }
    case 'bullets':
      return <ul key={key}>{block.items.map(renderItem)}</ul>;
    case 'numbered':
      return (
        <ol key={key} start={block.start === 1 ? undefined : block.start}>
          {block.items.map(renderItem)}
        </ol>
      );
    case 'quote':
      return <blockquote key={key}>{block.blocks.map(renderBlock)}</blockquote>;
  }
}

function renderItem(item: Inline[], key: number): ReactNode {
  return <li key={key}>{renderInlines(item)}</li>;
}

function renderInlines(nodes: Inline[]): ReactNode[] {
  return nodes.map(renderInline);
}

function renderInline(node: Inline, key: number): ReactNode {
  switch (node.kind) {
    case 'text':
      return node.text;
    case 'strong':
      return <strong key={key}>{renderInlines(node.children)}</strong>;
    case 'em':
      return <em key={key}>{renderInlines(node.children)}</em>;
    case 'code':
      return <code key={key}>{node.text}</code>;
    case 'break':
      return <br key={key} />;
    case 'link': {
      const href = safeHref(node.href);
      if (href === null) return <span key={key}>{renderInlines(node.children)}</span>;
      return (
        <a key={key} href={href} target="_blank" rel="noopener noreferrer">
          {renderInlines(node.children)}
        </a>
      );
    }
    case 'maths':
      return (
        <span
          key={key}
          className={node.display ? 'maths maths-display' : 'maths'}
          role="math"
          aria-label={mathsToText(node.src)}
        >
          {renderMaths(mathsToInline(node.src))}
        </span>
      );
  }
}

function renderMaths(pieces: MathPiece[]): ReactNode[] {
  return pieces.map((piece, key) => {
    switch (piece.kind) {
      case 'text':
        return piece.upright ? (
          <span key={key} className="maths-upright">
            {piece.text}
          </span>
        ) : (
          piece.text
        );
      case 'sup':
        return <sup key={key}>{renderMaths(piece.pieces)}</sup>;
      case 'sub':
        return <sub key={key}>{renderMaths(piece.pieces)}</sub>;
    }
  });
}
