// A Python syntax check without Python, for the exporters' tests: the Lezer Python grammar's error
// nodes (⚠), plus the indentation rule Lezer lets through (a dedent must return to an enclosing
// block's indentation).
import { parser } from '@lezer/python';

export interface PythonSyntaxError {
  /** 1-based. */
  line: number;
  message: string;
}

/** The line (1-based) holding character `offset` of `text`. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

/**
 * Lines that start a statement (not inside brackets or a string), with their indentation width;
 * blank and comment-only lines are skipped, as Python's tokenizer does.
 */
function logicalLines(text: string): { line: number; indent: number; opensBlock: boolean }[] {
  const out: { line: number; indent: number; opensBlock: boolean }[] = [];
  let depth = 0;
  let quote: string | null = null;
  let last = '';
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    const startsStatement = depth === 0 && quote === null;
    const body = raw.trimStart();
    if (startsStatement && body !== '' && !body.startsWith('#')) {
      if (out.length > 0) out[out.length - 1]!.opensBlock = last.endsWith(':');
      out.push({ line: i + 1, indent: raw.length - body.length, opensBlock: false });
    }
    for (let k = 0; k < raw.length; k++) {
      const c = raw[k]!;
      if (quote !== null) {
        if (c === '\\') k++;
        else if (c === quote) quote = null;
      } else if (c === '#') break;
      else if (c === '"' || c === "'") quote = c;
      else if ('([{'.includes(c)) depth++;
      else if (')]}'.includes(c)) depth--;
      if (quote === null && c.trim() !== '') last = c;
    }
  });
  return out;
}

function indentationErrors(text: string): PythonSyntaxError[] {
  const stack = [0];
  const errors: PythonSyntaxError[] = [];
  let expectIndent = false;
  for (const l of logicalLines(text)) {
    const top = stack[stack.length - 1]!;
    if (l.indent > top) {
      if (!expectIndent) errors.push({ line: l.line, message: 'unexpected indent' });
      stack.push(l.indent);
    } else {
      if (expectIndent) errors.push({ line: l.line, message: 'expected an indented block' });
      while (stack.length > 1 && stack[stack.length - 1]! > l.indent) stack.pop();
      if (stack[stack.length - 1] !== l.indent)
        errors.push({ line: l.line, message: 'unindent does not match any outer indentation level' }); // prettier-ignore
    }
    expectIndent = l.opensBlock;
  }
  return errors;
}

/** Every syntax error found, in order of line; empty when the text parses as Python 3. */
export function pythonSyntaxErrors(text: string): PythonSyntaxError[] {
  const errors: PythonSyntaxError[] = [];
  parser.parse(text).iterate({
    enter: (node) => {
      if (node.type.isError)
        errors.push({ line: lineAt(text, node.from), message: 'syntax error' });
    },
  });
  return [...errors, ...indentationErrors(text)].sort((a, b) => a.line - b.line);
}

/** Throws, naming the first error's line and showing it, unless `text` is valid Python. */
export function assertPython(text: string): void {
  const first = pythonSyntaxErrors(text)[0];
  if (first) {
    const shown = text.split('\n')[first.line - 1] ?? '';
    throw new Error(`Python ${first.message} on line ${first.line}: ${JSON.stringify(shown)}`);
  }
}
