// The name a downloaded picture or table is saved under, from its chart's label.

/** Longest stem kept, so that a long label still gives a name every file system takes. */
const MAX_STEM = 60;

/**
 * "Mean squared error", "svg" → "mean-squared-error.svg": lower case, accents dropped, every run
 * of other characters (spaces, punctuation, symbols such as ⟩ or ²) one hyphen; "chart" when
 * nothing is left.
 */
export function fileName(label: string, extension: string): string {
  const stem = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_STEM)
    .replace(/^-+|-+$/g, '');
  return `${stem || 'chart'}.${extension}`;
}
