// The molecule task's ansatz: a preset (hardware-efficient layers, or H₂'s chemistry-inspired
// double excitation) or a circuit built in the editor, and where it starts; what the preset does
// in words, and the circuit the worker trains (the editor draws its own above).
import { ANSATZ_CHOICES, START_CHOICES } from '../../experiment/tasks/vqe/types';
import { VQE_LIMITS } from '../../experiment/tasks/vqe/validate';
import type { AnsatzKind, StartState } from '../../experiment/types';
import { NumberField } from '../../panels/fields/NumberField';
import { SelectField } from '../../panels/fields/SelectField';
import { FittedCircuit } from '../../panels/FittedCircuit';
import { InfoTip } from '../../panels/InfoTip';
import { vqeInfo } from '../../store/runOf';
import { useLab } from '../../store/store';
import { useExperimentOf } from '../../store/useExperimentOf';
import { withAnsatzKind } from './vqeEdits';

export function AnsatzPanel() {
  const ansatz = useExperimentOf('vqe', (e) => e.ansatz);
  const molecule = useExperimentOf('vqe', (e) => e.problem.molecule);
  const hidden = useExperimentOf('vqe', (e) => e.view.hidden);
  const info = useLab((s) => vqeInfo(s.info));
  const editTask = useLab((s) => s.editTask);
  const kinds = ANSATZ_CHOICES.filter((c) => c.value !== 'givens' || molecule === 'h2');
  return (
    <section className="panel" aria-labelledby="ansatz-heading">
      <div className="heading-row">
        <h2 id="ansatz-heading">Ansatz</h2>
        <InfoTip term="ansatz" />
      </div>
      {!hidden.includes('ansatz') && (
        <SelectField<AnsatzKind>
          label="Ansatz"
          wide
          value={ansatz.kind}
          options={kinds}
          onChange={(k) => editTask('vqe', (e) => withAnsatzKind(e, k))}
        />
      )}
      {ansatz.kind === 'hea' && (
        <p className="hint">
          RY and RZ on every qubit, then a CNOT ladder from each qubit to the next, repeated{' '}
          {ansatz.layers === 1 ? 'once' : `${ansatz.layers} times`} with new angles
          {ansatz.start === 'hf'
            ? '; X gates first put the electrons in the Hartree–Fock state.'
            : ', starting from |0…0⟩.'}{' '}
          <InfoTip term="hardwareEfficient" />
        </p>
      )}
      {ansatz.kind === 'givens' && (
        <p className="hint">
          Starts in the Hartree–Fock state |HF⟩ and mixes in the doubly excited one with one angle:
          cos(θ/2)|HF⟩ + sin(θ/2)|D⟩, which holds H₂&apos;s exact ground state.{' '}
          <InfoTip term="doubleExcitation" />
        </p>
      )}
      {ansatz.kind === 'circuit' && (
        <p className="hint">
          Build the circuit above: it must act on every qubit of the Hamiltonian.
        </p>
      )}
      {!hidden.includes('ansatz') && ansatz.kind === 'hea' && (
        <div className="field-row">
          <NumberField
            label="Layers"
            info="layers"
            integer
            value={ansatz.layers}
            min={VQE_LIMITS.layers[0]}
            max={VQE_LIMITS.layers[1]}
            onCommit={(layers) => editTask('vqe', (e) => (e.ansatz.kind === 'hea' ? { ...e, ansatz: { ...e.ansatz, layers } } : e))} // prettier-ignore
          />
          <SelectField<StartState>
            label="Starting state"
            info="hartreeFock"
            wide
            value={ansatz.start}
            options={molecule === 'custom' ? START_CHOICES.filter((c) => c.value === 'zero') : START_CHOICES} // prettier-ignore
            onChange={(start) => editTask('vqe', (e) => (e.ansatz.kind === 'hea' ? { ...e, ansatz: { ...e.ansatz, start } } : e))} // prettier-ignore
          />
        </div>
      )}
      {info && (
        <p className="model-size">
          <strong>{info.numParams}</strong> trainable parameter{info.numParams === 1 ? '' : 's'} on{' '}
          <strong>{info.qubits}</strong> qubit{info.qubits === 1 ? '' : 's'}; the classical answers
          are computed exactly in the worker.
        </p>
      )}
      {info?.penalty != null && (
        <p className="hint">
          Each qubit is a spin orbital, and this circuit could add or remove electrons: training
          minimises ⟨H⟩ + {info.penalty} Ha × ⟨(N − 2)² + (N↑ − N↓)²⟩, which keeps the
          molecule&apos;s two electrons of opposite spin. The energies shown are ⟨H⟩.
        </p>
      )}
      {info && ansatz.kind !== 'circuit' && (
        <div className="circuit-scroll">
          <FittedCircuit circuit={info.circuit} label="Ansatz circuit" />
        </div>
      )}
    </section>
  );
}
