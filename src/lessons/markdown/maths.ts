// A small TeX-like subset of lesson maths ($…$) as Unicode pieces with superscripts and
// subscripts: Greek letters, brackets and kets, common operators, \sqrt, \frac, ^ and _,
// \text. Pure; unknown commands stay as written, and nesting is bounded so any input is linear.

/** What the renderer shows: text (upright for \text and function names), <sup> or <sub>. */
export type MathPiece =
  | { kind: 'text'; text: string; upright?: boolean }
  | { kind: 'sup'; pieces: MathPiece[] }
  | { kind: 'sub'; pieces: MathPiece[] };

/** TeX's atom classes, which decide the spacing: binary operators and relations get spaces. */
type AtomKind = 'ord' | 'op' | 'bin' | 'rel' | 'open' | 'close' | 'punct' | 'space';
interface Atom {
  kind: AtomKind;
  pieces: MathPiece[];
}

const MAX_DEPTH = 32;
const THIN = '\u2009';
const SYMBOLS = new Map<string, { text: string; kind: AtomKind; upright?: boolean }>();
function symbols(kind: AtomKind, pairs: string, upright?: boolean): void {
  const parts = pairs.trim().split(/\s+/);
  for (let k = 0; k + 1 < parts.length; k += 2) {
    SYMBOLS.set(parts[k]!, { text: parts[k + 1]!, kind, upright });
  }
}
symbols(
  'ord',
  `alpha α beta β gamma γ delta δ epsilon ϵ varepsilon ε zeta ζ eta η theta θ vartheta ϑ
   iota ι kappa κ lambda λ mu μ nu ν xi ξ pi π varpi ϖ rho ρ varrho ϱ sigma σ varsigma ς
   tau τ upsilon υ phi ϕ varphi φ chi χ psi ψ omega ω Gamma Γ Delta Δ Theta Θ Lambda Λ
   Xi Ξ Pi Π Sigma Σ Upsilon Υ Phi Φ Psi Ψ Omega Ω infty ∞ dagger † hbar ℏ ell ℓ partial ∂
   nabla ∇ forall ∀ exists ∃ emptyset ∅ prime ′ star ⋆ cdots ⋯ ldots … dots … vdots ⋮
   lvert | rvert | vert | Re ℜ Im ℑ angle ∠ neg ¬ bullet • checkmark ✓ Box □ degree °`,
);
symbols('op', 'sum ∑ prod ∏ int ∫ oint ∮ bigotimes ⨂ bigoplus ⨁');
symbols('op', 'sin sin cos cos tan tan exp exp log log ln ln det det Tr Tr tr tr', true);
symbols('op', 'min min max max lim lim arg arg sinh sinh cosh cosh tanh tanh', true);
symbols(
  'bin',
  `otimes ⊗ oplus ⊕ cdot · times × pm ± mp ∓ div ÷ circ ∘ ast ∗ wedge ∧ vee ∨ land ∧ lor ∨
   cap ∩ cup ∪ setminus ∖`,
);
symbols(
  'rel',
  `leq ≤ le ≤ geq ≥ ge ≥ neq ≠ ne ≠ approx ≈ equiv ≡ sim ∼ simeq ≃ propto ∝ to → rightarrow →
   leftarrow ← gets ← Rightarrow ⇒ Leftrightarrow ⇔ implies ⟹ iff ⟺ mapsto ↦ in ∈ notin ∉
   subset ⊂ subseteq ⊆ ll ≪ gg ≫ perp ⊥ parallel ∥ mid ∣`,
);
symbols('open', 'langle ⟨ lfloor ⌊ lceil ⌈ { {');
symbols('close', 'rangle ⟩ rfloor ⌋ rceil ⌉ } }');
symbols('ord', '| ‖ $ $ % % & & # # _ _');
// Spacing commands (their texts are whitespace, so not in the tables above).
const SPACES: Record<string, string> = {
  ',': THIN,
  ':': THIN,
  ';': THIN,
  '>': THIN,
  ' ': ' ',
  '\\': ' ',
  quad: '\u2003',
  qquad: '\u2003\u2003',
};
for (const [name, text] of Object.entries(SPACES)) SYMBOLS.set(name, { text, kind: 'space' });

/** Characters with their own class (and look: a true minus sign, a prime). */
const CHARS: Record<string, { text: string; kind: AtomKind }> = {
  '+': { text: '+', kind: 'bin' },
  '-': { text: '−', kind: 'bin' },
  '*': { text: '∗', kind: 'bin' },
  '=': { text: '=', kind: 'rel' },
  '<': { text: '<', kind: 'rel' },
  '>': { text: '>', kind: 'rel' },
  ':': { text: ':', kind: 'rel' },
  ',': { text: ',', kind: 'punct' },
  ';': { text: ';', kind: 'punct' },
  '(': { text: '(', kind: 'open' },
  '[': { text: '[', kind: 'open' },
  ')': { text: ')', kind: 'close' },
  ']': { text: ']', kind: 'close' },
  "'": { text: '′', kind: 'ord' },
  '~': { text: '\u00a0', kind: 'space' },
  '&': { text: ' ', kind: 'space' },
};
/** Commands whose argument is shown as written (upright unless marked italic). */
const TEXT_COMMANDS = new Set(['text', 'textrm', 'mathrm', 'operatorname', 'mathbf', 'textbf']);
const ITALIC_TEXT_COMMANDS = new Set(['mathit', 'textit', 'mathsf', 'mathtt', 'mathcal']);
const SIZING = new Set(['left', 'right', 'middle', 'big', 'Big', 'bigg', 'Bigg', 'bigl', 'bigr', 'Bigl', 'Bigr', 'displaystyle']); // prettier-ignore
const BLACKBOARD: Record<string, string> = { R: 'ℝ', C: 'ℂ', N: 'ℕ', Z: 'ℤ', Q: 'ℚ', H: 'ℍ' };

/** The pieces to show for a maths source. Never throws. */
export function mathsToInline(src: string): MathPiece[] {
  return new MathsParser(src).run();
}

const SUP: Record<string, string> = mapChars('0123456789+−=()ni', '⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ');
const SUB: Record<string, string> = mapChars('0123456789+−=()aeoxhklmnpstijruv', '₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₒₓₕₖₗₘₙₚₛₜᵢⱼᵣᵤᵥ'); // prettier-ignore

/** The maths as one plain Unicode string (aria labels): x², H₂, else x^(ab) and x_(ab). */
export function mathsToText(src: string): string {
  return piecesToText(mathsToInline(src));
}

function piecesToText(pieces: MathPiece[]): string {
  let out = '';
  for (const p of pieces) {
    if (p.kind === 'text') {
      out += p.text;
      continue;
    }
    const inner = [...piecesToText(p.pieces)];
    const map = p.kind === 'sup' ? SUP : SUB;
    const mark = p.kind === 'sup' ? '^' : '_';
    if (inner.length > 0 && inner.every((c) => map[c] !== undefined)) {
      out += inner.map((c) => map[c]).join('');
    } else out += inner.length === 1 ? mark + inner[0] : `${mark}(${inner.join('')})`;
  }
  return out;
}

function mapChars(from: string, to: string): Record<string, string> {
  const a = [...from];
  const b = [...to];
  return Object.fromEntries(a.map((c, k) => [c, b[k]!]));
}

class MathsParser {
  private i = 0;
  private depth = 0;
  /** Inside a superscript or subscript: TeX sets those without spaces around operators. */
  private script = 0;

  constructor(private readonly s: string) {}

  run(): MathPiece[] {
    return layout(this.sequence(null), true);
  }

  /** Atoms up to `end` (consumed) or the end of the source. */
  private sequence(end: '}' | ']' | null): Atom[] {
    const atoms: Atom[] = [];
    while (this.i < this.s.length) {
      const c = this.s[this.i]!;
      if (c === end) {
        this.i++;
        return atoms;
      }
      if (c === '^' || c === '_') {
        this.i++;
        this.attach(atoms, c === '^' ? 'sup' : 'sub', c);
        continue;
      }
      const atom = this.atom(false);
      if (atom !== null) atoms.push(atom);
    }
    return atoms;
  }

  /** A script after ^ or _, hung on the atom before it (x², |0⟩ ⊗ |1⟩…). */
  private attach(atoms: Atom[], kind: 'sup' | 'sub', mark: string): void {
    this.script++;
    const arg = this.argument();
    this.script--;
    if (arg === null) {
      atoms.push(ord(mark));
      return;
    }
    const piece: MathPiece = { kind, pieces: layout(arg, false) };
    const last = atoms[atoms.length - 1];
    if (last !== undefined && last.kind !== 'space') last.pieces.push(piece);
    else atoms.push({ kind: 'ord', pieces: [piece] });
  }

  /** A command's or script's argument: a {group}, a command or one character; null at the end. */
  private argument(): Atom[] | null {
    while (this.i < this.s.length && /\s/.test(this.s[this.i]!)) this.i++;
    const c = this.s[this.i];
    if (c === undefined || c === '}' || this.depth >= MAX_DEPTH) return null;
    this.depth++;
    let atoms: Atom[];
    if (c === '{') {
      this.i++;
      atoms = this.sequence('}');
    } else {
      const atom = this.atom(true);
      atoms = atom === null ? [] : [atom];
    }
    this.depth--;
    return atoms;
  }

  /** One atom at i; null for what shows nothing (spaces, \left). single: one digit only. */
  private atom(single: boolean): Atom | null {
    const s = this.s;
    const c = s[this.i]!;
    if (/\s/.test(c)) {
      this.i++; // TeX ignores spaces in maths; the layout spaces operators itself
      return null;
    }
    if (c === '\\') return this.command();
    if (c === '{' && this.depth < MAX_DEPTH) {
      this.i++;
      this.depth++;
      const inner = this.sequence('}');
      this.depth--;
      return { kind: 'ord', pieces: layout(inner, this.script === 0) };
    }
    let end = this.i + 1;
    if (!single && /[0-9]/.test(c)) while (end < s.length && /[0-9.]/.test(s[end]!)) end++;
    const text = s.slice(this.i, end);
    this.i = end;
    const known = CHARS[text];
    return known === undefined ? ord(text) : { kind: known.kind, pieces: [piece(known.text)] };
  }

  private command(): Atom | null {
    const s = this.s;
    let end = this.i + 1;
    while (end < s.length && /[a-zA-Z]/.test(s[end]!)) end++;
    if (end === this.i + 1 && end < s.length) end++; // \, \{ \| …: one character
    const name = s.slice(this.i + 1, end);
    this.i = end;
    if (name === '') return ord('\\');
    const symbol = SYMBOLS.get(name);
    if (symbol !== undefined) {
      return { kind: symbol.kind, pieces: [piece(symbol.text, symbol.upright)] };
    }
    const spaced = this.script === 0;
    if (name === 'sqrt') {
      const index = this.optional();
      const arg = this.argument() ?? [];
      const root: MathPiece[] = index === null ? [] : [{ kind: 'sup', pieces: layout(index, false) }]; // prettier-ignore
      return { kind: 'ord', pieces: [...root, piece('√'), ...bracketed(arg, spaced)] };
    }
    if (name === 'frac' || name === 'dfrac' || name === 'tfrac') {
      const top = bracketed(this.argument() ?? [], spaced);
      const bottom = bracketed(this.argument() ?? [], spaced);
      return { kind: 'ord', pieces: [...top, piece('/'), ...bottom] };
    }
    if (name === 'ket' || name === 'bra') {
      const inner = layout(this.argument() ?? [], spaced);
      const [left, right] = name === 'ket' ? ['|', '⟩'] : ['⟨', '|'];
      return { kind: 'ord', pieces: merge([piece(left), ...inner, piece(right)]) };
    }
    if (TEXT_COMMANDS.has(name) || ITALIC_TEXT_COMMANDS.has(name)) {
      return { kind: 'ord', pieces: [piece(this.rawArgument(), TEXT_COMMANDS.has(name))] };
    }
    if (name === 'mathbb') {
      const raw = this.rawArgument();
      return ord([...raw].map((c) => BLACKBOARD[c] ?? c).join(''));
    }
    if (SIZING.has(name)) {
      while (/\s/.test(s[this.i] ?? '')) this.i++;
      if (s[this.i] === '.') this.i++; // \left. : an invisible delimiter
      return null;
    }
    if (name === '!') return null;
    return ord(`\\${name}`); // unknown: shown as written
  }

  /** \sqrt's optional [index], or null. */
  private optional(): Atom[] | null {
    if (this.s[this.i] !== '[' || this.depth >= MAX_DEPTH) return null;
    this.i++;
    this.depth++;
    const atoms = this.sequence(']');
    this.depth--;
    return atoms;
  }

  /** A {group} (or one character) as written, braces dropped, for \text and friends. */
  private rawArgument(): string {
    const s = this.s;
    while (/\s/.test(s[this.i] ?? '')) this.i++;
    if (s[this.i] !== '{') return s[this.i++] ?? '';
    let out = '';
    let depth = 0;
    for (this.i++; this.i < s.length; this.i++) {
      const c = s[this.i]!;
      if (c === '\\' && this.i + 1 < s.length) out += s[++this.i];
      else if (c === '{') depth++;
      else if (c === '}' && depth-- === 0) break;
      else if (c !== '}') out += c;
    }
    this.i++;
    return out;
  }
}

function piece(text: string, upright?: boolean): MathPiece {
  return upright ? { kind: 'text', text, upright } : { kind: 'text', text };
}

function ord(text: string): Atom {
  return { kind: 'ord', pieces: [piece(text)] };
}

/** An argument of \sqrt or \frac: as is when it is one atom (√2, 1/√2), else in brackets. */
function bracketed(atoms: Atom[], spaced: boolean): MathPiece[] {
  const inner = layout(atoms, spaced);
  return atoms.length <= 1 ? inner : merge([piece('('), ...inner, piece(')')]);
}

/** The atoms side by side with TeX's spacing (simplified); spaced: outside scripts. */
function layout(atoms: Atom[], spaced: boolean): MathPiece[] {
  const kinds = atoms.map((a) => a.kind);
  for (let n = 0; n < kinds.length; n++) {
    // A binary operator with no operand on one side is unary: −n, a = −1.
    const before = kinds[n - 1];
    const after = kinds[n + 1];
    if (
      kinds[n] === 'bin' &&
      (before === undefined ||
        ['bin', 'op', 'rel', 'open', 'punct'].includes(before) ||
        after === undefined ||
        ['rel', 'close', 'punct'].includes(after))
    ) {
      kinds[n] = 'ord';
    }
  }
  const out: MathPiece[] = [];
  atoms.forEach((atom, n) => {
    const gap = n === 0 ? '' : gapBetween(kinds[n - 1]!, kinds[n]!, spaced);
    if (gap !== '') out.push(piece(gap));
    for (const p of atom.pieces) out.push(p);
  });
  return merge(out);
}

function gapBetween(a: AtomKind, b: AtomKind, spaced: boolean): string {
  if (a === 'space' || b === 'space') return '';
  if (a === 'op' && (b === 'ord' || b === 'op')) return THIN;
  if (!spaced) return '';
  if (a === 'bin' || b === 'bin' || a === 'punct') return ' ';
  if ((a === 'rel') !== (b === 'rel') && a !== 'open' && b !== 'close') return ' ';
  return '';
}

/** Joins neighbouring texts of the same style. */
function merge(pieces: MathPiece[]): MathPiece[] {
  const out: MathPiece[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (p.kind === 'text' && last?.kind === 'text' && last.upright === p.upright) {
      out[out.length - 1] = piece(last.text + p.text, p.upright);
    } else out.push(p);
  }
  return out;
}
