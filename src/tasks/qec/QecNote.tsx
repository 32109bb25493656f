// Why a repetition code stops protecting under noise it was not made for: it sees one kind of
// error (X for the bit-flip code, Z for the phase-flip code) and is blind to the other, which each
// of its three qubits can now pass on to the logical qubit. Shown when the code does not fit.
import type { QecInfo } from '../../../workers/protocol';

interface Props {
  /** A 3-qubit code (the Shor code fits every channel here). */
  kind: Exclude<QecInfo['kind'], 'shor'>;
  channel: QecInfo['channel'];
}

const NOISE: Record<QecInfo['channel'], string> = {
  bitFlip: 'Bit-flip noise makes only X errors',
  phaseFlip: 'Phase-flip noise makes only Z errors',
  depolarizing: 'Depolarising noise makes X, Y and Z errors (a Y is an X and a Z at once)',
};

export function QecNote({ kind, channel }: Props) {
  const bit = kind === 'bitFlip';
  const fixes = bit ? 'X' : 'Z';
  const misses = bit ? 'Z' : 'X';
  return (
    <div className="qec-note" role="note" aria-labelledby="qec-note-heading">
      <h3 id="qec-note-heading">Why the code no longer protects</h3>
      <p>
        {bit
          ? 'The bit-flip code measures only Z parities (do two qubits agree on 0 or 1?), so it finds and fixes X errors, bit flips.'
          : 'The phase-flip code measures only X parities (do two qubits agree on + or −?), so it finds and fixes Z errors, phase flips.'}{' '}
        {NOISE[channel]}
        {channel === 'depolarizing' ? `, and the ${misses} parts slip through.` : '.'}{' '}
        {bit
          ? 'A Z on any one of the three qubits leaves |000⟩ as it is and flips the sign of |111⟩: a phase error on the logical qubit, which the parities cannot see.'
          : 'An X on any one of the three qubits leaves |+++⟩ as it is and flips the sign of |−−−⟩: a phase error on the logical qubit, which the parities cannot see.'}
      </p>
      <p>
        So the code has three qubits that can each pass a {misses} error on to the logical qubit,
        where a bare qubit has only itself: it fails more often than one qubit, which is why its
        curve sits above the bare qubit’s at every p below one half. The cure is to fix both kinds:
        the 9-qubit Shor code (Shor 1995, in the Code menu) nests the two, three bit-flip codes
        inside a phase-flip code, and corrects any single error on one qubit, X, Y or Z. (This code
        does fix {fixes} errors: pick the channel “{bit ? 'Bit flips' : 'Phase flips'}” to see it
        beat a bare qubit again.)
      </p>
    </div>
  );
}
