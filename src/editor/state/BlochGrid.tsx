// One small Bloch sphere per qubit, captioned with the qubit's name and its (⟨X⟩, ⟨Y⟩, ⟨Z⟩).
import { useMemo } from 'react';
import { BlochSphere } from '../../charts/BlochSphere';
import { MAX_SPHERES, formatBloch } from './stateFormat';

interface Props {
  qubits: number;
  /** 3 numbers per qubit, qubit 0 first: ⟨X⟩, ⟨Y⟩, ⟨Z⟩ of its reduced state. */
  bloch: Float64Array;
}

/** Side of each sphere in pixels. */
const SPHERE_SIZE = 150;
/** Every sphere shows one point of class 0; shared so the chart does not redraw for nothing. */
const ONE_POINT = Int32Array.of(0);

export function BlochGrid({ qubits, bloch }: Props) {
  const shown = Math.min(qubits, MAX_SPHERES);
  const vectors = useMemo(
    () => Array.from({ length: shown }, (_, q) => bloch.subarray(3 * q, 3 * q + 3)),
    [bloch, shown],
  );
  return (
    <>
      <div className="state-spheres">
        {vectors.map((v, q) => (
          <figure key={q} className="state-sphere">
            <BlochSphere
              label={`Qubit ${q} Bloch sphere`}
              vectors={v}
              labels={ONE_POINT}
              classes={1}
              size={SPHERE_SIZE}
            />
            <figcaption>
              <span className="state-sphere-name">{`q${q}`}</span>
              <span className="state-sphere-xyz" title="(⟨X⟩, ⟨Y⟩, ⟨Z⟩)">
                {formatBloch(v[0] ?? 0, v[1] ?? 0, v[2] ?? 0)}
              </span>
            </figcaption>
          </figure>
        ))}
      </div>
      {qubits > shown && (
        <p className="state-note">{`Showing the Bloch spheres of q0–q${shown - 1} of ${qubits} qubits`}</p>
      )}
    </>
  );
}
