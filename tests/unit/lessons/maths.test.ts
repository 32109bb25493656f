// Lesson maths: the TeX-like subset as Unicode pieces with superscripts and subscripts, and as
// one plain string for aria labels; unknown commands and broken input stay visible as text.
import { describe, expect, it } from 'vitest';
import { mathsToInline, mathsToText, type MathPiece } from '../../../src/lessons/markdown/maths';

const t = (text: string): MathPiece => ({ kind: 'text', text });
const up = (text: string): MathPiece => ({ kind: 'text', text, upright: true });
const sup = (...pieces: MathPiece[]): MathPiece => ({ kind: 'sup', pieces });
const sub = (...pieces: MathPiece[]): MathPiece => ({ kind: 'sub', pieces });

describe('mathsToInline', () => {
  it('writes kets, Greek letters and operators with spaces around + and =', () => {
    expect(mathsToInline('|\\psi\\rangle = \\alpha|0\\rangle + \\beta|1\\rangle')).toEqual([
      t('|ψ⟩ = α|0⟩ + β|1⟩'),
    ]);
    expect(mathsToInline('\\langle Z \\rangle')).toEqual([t('⟨Z⟩')]);
    expect(mathsToInline('|0\\rangle\\otimes|1\\rangle')).toEqual([t('|0⟩ ⊗ |1⟩')]);
  });
  it('knows the Greek alphabet, upper case included', () => {
    expect(mathsToInline('\\alpha\\beta\\gamma\\delta\\theta\\lambda\\mu\\pi\\sigma\\phi\\varphi\\chi\\psi\\omega')).toEqual([t('αβγδθλμπσϕφχψω')]); // prettier-ignore
    expect(mathsToInline('\\Gamma\\Delta\\Theta\\Lambda\\Pi\\Sigma\\Phi\\Psi\\Omega')).toEqual([
      t('ΓΔΘΛΠΣΦΨΩ'),
    ]);
  });
  it('maps the listed symbols', () => {
    const cases: [string, string][] = [
      ['a \\cdot b', 'a · b'],
      ['a \\times b', 'a × b'],
      ['a \\pm b', 'a ± b'],
      ['a \\leq b', 'a ≤ b'],
      ['a \\geq b', 'a ≥ b'],
      ['a \\neq b', 'a ≠ b'],
      ['a \\approx b', 'a ≈ b'],
      ['n \\to \\infty', 'n → ∞'],
      ['U^\\dagger', 'U'],
      ['\\hbar\\omega', 'ℏω'],
      ['a - b', 'a − b'],
    ];
    for (const [src, text] of cases) expect(mathsToInline(src)[0]).toEqual(t(text));
    expect(mathsToInline('U^\\dagger')).toEqual([t('U'), sup(t('†'))]);
    expect(mathsToInline('\\sum_i')).toEqual([t('∑'), sub(t('i'))]);
  });
  it('takes a leading or bracketed minus as unary', () => {
    expect(mathsToInline('-x = (-1)')).toEqual([t('−x = (−1)')]);
    expect(mathsToInline('2^{-n}')).toEqual([t('2'), sup(t('−n'))]);
  });
  it('reads scripts with one character or a group, nested', () => {
    expect(mathsToInline('H_2')).toEqual([t('H'), sub(t('2'))]);
    expect(mathsToInline('x^23')).toEqual([t('x'), sup(t('2')), t('3')]);
    expect(mathsToInline('x_{i+1}^{2^n}')).toEqual([
      t('x'),
      sub(t('i+1')),
      sup(t('2'), sup(t('n'))),
    ]);
    expect(mathsToInline('e^{i\\pi}')).toEqual([t('e'), sup(t('iπ'))]);
  });
  it('writes \\sqrt and \\frac without brackets round single tokens', () => {
    expect(mathsToInline('\\frac{1}{\\sqrt{2}}')).toEqual([t('1/√2')]);
    expect(mathsToInline('\\sqrt{x+1}')).toEqual([t('√(x + 1)')]);
    expect(mathsToInline('\\frac{a+b}{2}')).toEqual([t('(a + b)/2')]);
    expect(mathsToInline('\\frac{12}{\\pi}')).toEqual([t('12/π')]);
    expect(mathsToInline('\\sqrt[3]{8}')).toEqual([sup(t('3')), t('√8')]);
  });
  it('shows \\mathrm and \\text as written, upright, and function names upright', () => {
    expect(mathsToInline('\\text{if } x > 0')).toEqual([up('if '), t('x > 0')]);
    expect(mathsToInline('\\mathrm{CNOT}')).toEqual([up('CNOT')]);
    expect(mathsToInline('\\sin x')).toEqual([up('sin'), t('\u2009x')]);
  });
  it('keeps unknown commands and broken input as text', () => {
    expect(mathsToInline('\\foo + 1')).toEqual([t('\\foo + 1')]);
    expect(mathsToInline('x^')).toEqual([t('x^')]);
    expect(mathsToInline('\\frac{1}')).toEqual([t('1/')]);
    expect(mathsToInline('{a')).toEqual([t('a')]);
    expect(mathsToInline('a}')).toEqual([t('a}')]);
    expect(mathsToInline('\\')).toEqual([t('\\')]);
    expect(mathsToInline('')).toEqual([]);
  });
  it('keeps HTML-like input as plain text pieces', () => {
    const pieces = mathsToInline('<img src=x onerror=alert(1)>');
    expect(pieces.map((p) => p.kind)).toEqual(['text']);
    expect(mathsToText('<script>alert(1)</script>')).toBe('< script > alert(1) < /script >');
  });
  it('finishes on 200k characters of nesting and commands', () => {
    const big = 200_000;
    for (const src of [
      '{'.repeat(big),
      '\\sqrt'.repeat(big / 5),
      '^{'.repeat(big / 2),
      'x^'.repeat(big / 2),
      '}'.repeat(big),
      '\\frac{'.repeat(big / 6),
    ]) {
      // prettier-ignore
      expect(mathsToText(src).length).toBeGreaterThan(0);
    }
  });
});

describe('mathsToText', () => {
  it('uses Unicode superscripts and subscripts where they exist', () => {
    expect(mathsToText('2^{-n}')).toBe('2⁻ⁿ');
    expect(mathsToText('H_2')).toBe('H₂');
    expect(mathsToText('x^{10} + a_{i+1}')).toBe('x¹⁰ + aᵢ₊₁');
  });
  it('falls back to ^() and _() otherwise', () => {
    expect(mathsToText('e^{i\\pi}')).toBe('e^(iπ)');
    expect(mathsToText('U^\\dagger')).toBe('U^†');
    expect(mathsToText('q_{\\text{out}}')).toBe('qₒᵤₜ');
    expect(mathsToText('\\rho_{AB}')).toBe('ρ_(AB)');
  });
  it('reads the listed examples', () => {
    expect(mathsToText('|\\psi\\rangle = \\alpha|0\\rangle + \\beta|1\\rangle')).toBe(
      '|ψ⟩ = α|0⟩ + β|1⟩',
    );
    expect(mathsToText('\\frac{1}{\\sqrt{2}}')).toBe('1/√2');
    expect(mathsToText('\\langle Z \\rangle')).toBe('⟨Z⟩');
  });
});
