// The Python syntax check the exporters' tests rely on: it passes valid code and catches broken
// code (a missing parenthesis, bad indentation), naming the line.
import { describe, expect, it } from 'vitest';
import { assertPython, pythonSyntaxErrors } from './pythonSyntax';

const VALID = [
  'import pennylane as qml',
  'values = {',
  '    θ1: 0.5,',
  '}',
  '',
  '',
  '@qml.qnode(dev)',
  'def circuit(params, x):',
  '    qml.RY(params["θ1"] * x[0] + params["b"], wires=0)  # a comment (with a paren',
  '    if x:',
  '        pass',
  '    return qml.probs(wires=[1, 0])',
  '',
  'for k, p in enumerate(circuit(values, [0.5])):',
  '    print("P(" + format(k, "02b") + ") =", float(p))',
  '',
].join('\n');

function firstLine(text: string): number | undefined {
  return pythonSyntaxErrors(text)[0]?.line;
}

describe('pythonSyntax', () => {
  it('passes valid Python', () => {
    expect(pythonSyntaxErrors(VALID)).toEqual([]);
    expect(() => assertPython(VALID)).not.toThrow();
  });

  it('catches a missing parenthesis, naming its line or the next', () => {
    const broken = VALID.replace('float(p))', 'float(p)');
    expect(firstLine(broken)).toBeGreaterThanOrEqual(15);
    const early = 'x = 1\nprint(foo(1, 2)\ny = 3\n';
    expect([2, 3]).toContain(firstLine(early));
    expect(() => assertPython(early)).toThrow(/Python syntax error on line [23]/);
  });

  it('catches an indented line where no block opens', () => {
    const text = 'x = 1\n    y = 2\n';
    expect(firstLine(text)).toBe(2);
  });

  it('catches a dedent to no enclosing level', () => {
    const text = 'def f():\n    x = 1\n  y = 2\n';
    expect(pythonSyntaxErrors(text)).toEqual([
      { line: 3, message: 'unindent does not match any outer indentation level' },
    ]);
    expect(() => assertPython(text)).toThrow(/line 3: " {2}y = 2"/);
  });

  it('catches a block with no body', () => {
    expect(firstLine('def f():\nreturn 1\n')).toBe(2);
  });

  it('ignores indentation inside brackets and comments', () => {
    const text = 'x = [\n        1,\n  2,\n]\n# (\ny = (x,\n)\n';
    expect(pythonSyntaxErrors(text)).toEqual([]);
  });
});
