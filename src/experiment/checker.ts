// The field checks behind validateExperiment: each names the field in words and says what was
// wrong and what the link or file asked for.

/** Words for the sections every task has; a task adds its own (TaskSchema.sections). */
const COMMON_SECTIONS: Readonly<Record<string, string>> = {
  training: 'Training',
  view: 'View',
  weights: 'Trained parameters',
};

/** Thrown inside the checks only; validateExperiment turns it into a Result. */
export class Invalid {
  constructor(
    readonly field: string,
    readonly message: string,
  ) {}
}

export type Obj = Record<string, unknown>;
type Range = readonly [number, number];

/** A value as a student would read it in a message, kept short. */
function show(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v);
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'a group of settings' : typeof v;
}

export function own(o: Obj, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

/** A plain object (not null, not a list): the one such guard of the schema. */
export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export class Checker {
  private sections: Readonly<Record<string, string>> = COMMON_SECTIONS;

  constructor(private readonly src: string) {}

  /** Names the task's own sections in messages ("Problem → bond length …"). */
  addSections(words: Readonly<Record<string, string>>): void {
    this.sections = { ...COMMON_SECTIONS, ...words };
  }

  /** "Training → epochs", from the path "training.epochs" and the field's words. */
  private where(path: string, words: string): string {
    const section = this.sections[path.split(/[.[]/)[0] ?? ''];
    return section ? `${section} → ${words}` : words;
  }

  bad(path: string, words: string, rule: string, v: unknown): never {
    const where = this.where(path, words);
    if (v === undefined) throw new Invalid(path, `${where} is missing from ${this.src}.`);
    throw new Invalid(path, `${where} must be ${rule}; ${this.src} asks for ${show(v)}.`);
  }

  obj(v: unknown, path: string, words: string): Obj {
    if (!isObj(v)) this.bad(path, words, 'a group of settings', v);
    return v;
  }

  num(o: Obj, key: string, path: string, words: string, range: Range, whole: boolean): number {
    const v = own(o, key);
    const [lo, hi] = range;
    const rule = `${whole ? 'a whole number' : 'a number'} from ${lo} to ${hi}`;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < lo || v > hi)
      this.bad(path, words, rule, v);
    if (whole && !Number.isInteger(v)) this.bad(path, words, rule, v);
    return v + 0; // −0 → 0, so that a link reads back equal
  }

  pick<T extends string>(
    o: Obj,
    key: string,
    path: string,
    words: string,
    options: readonly T[],
  ): T {
    const v = own(o, key);
    if (typeof v !== 'string' || !(options as readonly string[]).includes(v))
      this.bad(path, words, `one of ${options.join(', ')}`, v);
    return v as T;
  }

  bool(o: Obj, key: string, path: string, words: string): boolean {
    const v = own(o, key);
    if (typeof v !== 'boolean') this.bad(path, words, 'true or false', v);
    return v;
  }

  list(o: Obj, key: string, path: string, words: string, max: number): unknown[] {
    const v = own(o, key);
    if (!Array.isArray(v)) this.bad(path, words, `a list`, v);
    if (v.length > max)
      throw new Invalid(
        path,
        `${this.where(path, words)} may hold at most ${max} entries; ${this.src} has ${v.length}.`,
      );
    return v;
  }
}
