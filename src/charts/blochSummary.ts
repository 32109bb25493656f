// The Bloch sphere's points in words, for its accessible name: how many points of each class and
// where they gather (their mean Bloch vector) beside the class's target, e.g. "class 0: 25 points
// centred at x 0.12, y −0.03, z 0.91 (target x 0, y 0, z 1)".
import { spokenNumber } from './chartSummary';

/** "x 0.12, y −0.03, z 0.91": a Bloch vector to two decimals. */
function vectorWords(x: number, y: number, z: number): string {
  const r = (v: number) => spokenNumber(Math.round(v * 100) / 100 + 0);
  return `x ${r(x)}, y ${r(y)}, z ${r(z)}`;
}

/**
 * Each class's count and mean Bloch vector (vectors: ⟨X⟩, ⟨Y⟩, ⟨Z⟩ per point, labels: the class of
 * each), with its target when given (3 numbers per class); classes without points are left out.
 */
export function blochSummary(
  label: string,
  vectors: ArrayLike<number>,
  labels: ArrayLike<number>,
  classes: number,
  targets?: ArrayLike<number>,
): string {
  const n = Math.min(labels.length, Math.floor(vectors.length / 3));
  // One qubit's own state: a single point, said as its vector.
  if (n === 1 && classes === 1) return `${label}: at ${vectorWords(vectors[0]!, vectors[1]!, vectors[2]!)}`; // prettier-ignore
  const sums = Array.from({ length: classes }, () => [0, 0, 0, 0]);
  for (let i = 0; i < n; i++) {
    const s = sums[labels[i]!];
    if (!s) continue;
    for (let k = 0; k < 3; k++) s[k]! += vectors[3 * i + k]!;
    s[3]!++;
  }
  const parts = sums.flatMap(([x, y, z, count], c) => {
    if (!count) return [];
    const target =
      targets && targets.length >= 3 * (c + 1)
        ? ` (target ${vectorWords(targets[3 * c]!, targets[3 * c + 1]!, targets[3 * c + 2]!)})`
        : '';
    const points = `${count} ${count === 1 ? 'point' : 'points'}`;
    return [`class ${c}: ${points} centred at ${vectorWords(x! / count, y! / count, z! / count)}${target}`]; // prettier-ignore
  });
  return parts.length > 0 ? `${label}: ${parts.join('; ')}` : `${label}: no points yet`;
}
