// The matrix-multiplication settings ("Matrices"): the size (2 × 2 on 3 qubits, 4 × 4 on 6) and
// the two matrices A and B, typed into grids or picked from presets.
import { MATMUL_SIZES, type MatmulSize } from '../../experiment/tasks/matmul/types';
import { SelectField } from '../../panels/fields/SelectField';
import { useLab } from '../../store/store';
import { useExperimentOf } from '../../store/useExperimentOf';
import { MatrixGrid } from './MatrixGrid';
import { withMatrix, withSize } from './matmulEdits';
import './matmul.css';

const SIZE_OPTIONS = MATMUL_SIZES.map((n) => ({
  value: String(n) as `${MatmulSize}`,
  label: `${n} × ${n} (${3 * Math.log2(n)} qubits)`,
}));

export function MatricesPanel() {
  const m = useExperimentOf('matmul', (e) => e.matrices);
  const editTask = useLab((s) => s.editTask);
  return (
    <section className="panel" aria-labelledby="matrices-heading">
      <h2 id="matrices-heading">Matrices</h2>
      <SelectField
        label="Size"
        value={String(m.size) as `${MatmulSize}`}
        options={SIZE_OPTIONS}
        onChange={(v) => editTask('matmul', (e) => withSize(e, Number(v) as MatmulSize))}
      />
      <MatrixGrid
        name="A"
        size={m.size}
        entries={m.a}
        seed={11}
        onCommit={(a) => editTask('matmul', (e) => withMatrix(e, 'a', a))}
      />
      <MatrixGrid
        name="B"
        size={m.size}
        entries={m.b}
        seed={23}
        onCommit={(b) => editTask('matmul', (e) => withMatrix(e, 'b', b))}
      />
      <p className="hint">
        Real entries from −1000 to 1000; press Enter or leave a box to apply. A matrix must not be
        all zeros.
      </p>
    </section>
  );
}
