// Amplitudes as boxes: area ∝ probability (the largest fills its box), colour = phase on a colour wheel.
import { basisLabel } from '../../charts/basisLabel';
import { PhaseWheel } from './PhaseWheel';
import { MAX_QUBITS_LABELLED_AMPLITUDES, amplitudeColor, formatAmplitude } from './stateFormat';

interface Props {
  qubits: number;
  /** Interleaved re, im of basis state i at 2i, 2i + 1 (bit q of i = qubit q). */
  amplitudes: Float64Array;
}

/** Box side in pixels: labelled (≤ 4 qubits) and compact (5–6 qubits). */
const BOX = 46;
const COMPACT_BOX = 26;
/** States per row of the compact grid: the rightmost four digits run 0000 → 1111. */
const ROW = 16;

export function AmplitudeSquares({ qubits, amplitudes }: Props) {
  const n = Math.min(1 << qubits, amplitudes.length >> 1);
  const mags = Array.from({ length: n }, (_, i) =>
    Math.hypot(amplitudes[2 * i] ?? 0, amplitudes[2 * i + 1] ?? 0),
  );
  const maxMag = Math.max(0, ...mags);
  const compact = qubits > MAX_QUBITS_LABELLED_AMPLITUDES;
  const box = compact ? COMPACT_BOX : BOX;

  const cells = mags.map((m, i) => {
    const re = amplitudes[2 * i] ?? 0;
    const im = amplitudes[2 * i + 1] ?? 0;
    const text = formatAmplitude(i, qubits, re, im);
    // Side ∝ |amplitude|, so area ∝ probability; a 1-pixel floor keeps tiny ones visible.
    const side = maxMag > 0 && m > 0 ? Math.max(1, (box - 4) * (m / maxMag)) : 0;
    return (
      <li key={i} className="state-amp" title={text}>
        <span className="state-amp-box" style={{ width: box, height: box }} aria-hidden="true">
          <span
            className="state-amp-fill"
            style={{ width: side, height: side, background: amplitudeColor(re, im) }}
          />
        </span>
        {!compact && (
          <span className="state-amp-label" aria-hidden="true">
            {basisLabel(i, qubits)}
          </span>
        )}
        <span className="state-sr">{text}</span>
      </li>
    );
  });

  const rows = Math.ceil(n / ROW);
  return (
    <div className="state-amps">
      <div className="state-amps-grid">
        {compact && (
          <div className="state-amp-rows" aria-hidden="true">
            {Array.from({ length: rows }, (_, r) => (
              <span key={r} style={{ height: box }}>
                {rowLabel(r, qubits)}
              </span>
            ))}
          </div>
        )}
        <ul
          role="list"
          className={compact ? 'state-amp-list state-amp-list-compact' : 'state-amp-list'}
          aria-label="Amplitudes"
          style={compact ? { gridTemplateColumns: `repeat(${ROW}, ${box}px)` } : undefined}
        >
          {cells}
        </ul>
      </div>
      <div className="state-amp-legend">
        <PhaseWheel />
        <p>
          Colour = phase
          <br />
          Area ∝ probability
          {compact && (
            <>
              <br />
              Rows: last 4 digits 0000 → 1111
            </>
          )}
        </p>
      </div>
    </div>
  );
}

/** Row r of the compact grid holds states 16r … 16r + 15: "|01····⟩", its high digits and four dots. */
function rowLabel(r: number, qubits: number): string {
  const high = r.toString(2).padStart(qubits - 4, '0');
  return `|${high}····⟩`;
}
