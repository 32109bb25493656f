// The molecule task's problem: which molecule at which bond length (and in which qubit form), or
// a Hamiltonian the student writes as a Pauli sum, with presets of spin chains.
import { useState } from 'react';
import { parsePauliSum } from '../../experiment/tasks/vqe/pauliText';
import { heisenbergChainText, isingChainText } from '../../experiment/tasks/vqe/hamiltonianPresets';
import { VQE_LIMITS } from '../../experiment/tasks/vqe/validate';
import { MOLECULE_CHOICES, QUBIT_FORM_CHOICES } from '../../experiment/tasks/vqe/types';
import type { MoleculeChoice, QubitForm, VqeProblem } from '../../experiment/types';
import { NumberField } from '../../panels/fields/NumberField';
import { SelectField } from '../../panels/fields/SelectField';
import { InfoTip } from '../../panels/InfoTip';
import { useLab } from '../../store/store';
import { useExperimentOf } from '../../store/useExperimentOf';
import { withProblem } from './vqeEdits';

export function ProblemPanel() {
  const problem = useExperimentOf('vqe', (e) => e.problem);
  const editTask = useLab((s) => s.editTask);
  const set = (patch: Partial<VqeProblem>): void => editTask('vqe', (e) => withProblem(e, patch));
  const [draft, setDraft] = useState<string | null>(null);
  const [chain, setChain] = useState(4);
  const text = draft ?? problem.hamiltonian;
  const parsed = parsePauliSum(text, VQE_LIMITS.customQubits[1]);
  const commit = (): void => {
    if (draft === null) return;
    if (parsed.ok) {
      set({ hamiltonian: draft });
      setDraft(null);
    }
  };
  return (
    <section className="panel" aria-labelledby="problem-heading">
      <h2 id="problem-heading">Problem</h2>
      <div className="field-row">
        <SelectField<MoleculeChoice>
          label="Molecule"
          value={problem.molecule}
          options={MOLECULE_CHOICES}
          onChange={(molecule) => set({ molecule })}
        />
        {problem.molecule !== 'custom' && (
          <NumberField
            label="Bond length (Å)"
            info="bondLength"
            value={problem.bondLength}
            step={0.05}
            min={VQE_LIMITS.bondLength[0]}
            max={VQE_LIMITS.bondLength[1]}
            onCommit={(bondLength) => set({ bondLength })}
          />
        )}
      </div>
      {problem.molecule === 'h2' && (
        <SelectField<QubitForm>
          label="Qubits"
          info="qubitMapping"
          wide
          value={problem.form}
          options={QUBIT_FORM_CHOICES}
          onChange={(form) => set({ form })}
        />
      )}
      {problem.molecule === 'custom' && (
        <div className="field wide">
          <div className="field-label">
            <label htmlFor="hamiltonian-text">Hamiltonian</label>
            <InfoTip term="hamiltonian" />
          </div>
          <textarea
            id="hamiltonian-text"
            rows={3}
            spellCheck={false}
            value={text}
            aria-invalid={!parsed.ok}
            aria-describedby="hamiltonian-help"
            onChange={(ev) => setDraft(ev.target.value)}
            onBlur={commit}
            onKeyDown={(ev) => {
              if (ev.key === 'Enter' && !ev.shiftKey) {
                ev.preventDefault();
                commit();
              } else if (ev.key === 'Escape') setDraft(null);
            }}
          />
          <p
            id="hamiltonian-help"
            className={parsed.ok ? 'hint' : 'hint error'}
            role={parsed.ok ? undefined : 'alert'}
          >
            {parsed.ok
              ? `${parsed.terms.length} terms on ${parsed.qubits} qubits. Pauli terms such as 0.5 Z0 Z1 + 0.3 X0 − 1.2; Enter applies.`
              : parsed.message}
          </p>
          <div className="field-row">
            <NumberField
              label="Chain qubits"
              info="spinChains"
              integer
              value={chain}
              min={2}
              max={VQE_LIMITS.customQubits[1]}
              onCommit={setChain}
            />
            <button
              type="button"
              onClick={() => (setDraft(null), set({ hamiltonian: isingChainText(chain) }))}
            >
              Ising chain
            </button>
            <button
              type="button"
              onClick={() => (setDraft(null), set({ hamiltonian: heisenbergChainText(chain) }))}
            >
              Heisenberg chain
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
