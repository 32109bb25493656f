// Quixer's settings: system qubits, layers per token unitary, the polynomial's degree, the token
// embedding and the head, with what they make: one token's unitary drawn, parameter and qubit
// counts, and how the pieces combine.
import { TEXT_LIMITS } from '../../experiment/tasks/text/validate';
import type { QuixerModel } from '../../experiment/types';
import type { TextInfo } from '../../../workers/protocol';
import { FittedCircuit } from '../../panels/FittedCircuit';
import { NumberField } from '../../panels/fields/NumberField';

interface Props {
  model: QuixerModel;
  context: number;
  info: TextInfo | null;
  set(patch: Partial<QuixerModel>): void;
}

export function QuixerFields({ model, context, info, set }: Props) {
  const L = TEXT_LIMITS;
  const ancillas = Math.ceil(Math.log2(context)) + 1;
  return (
    <>
      <div className="field-row">
        <NumberField
          label="Qubits"
          integer
          value={model.qubits}
          min={L.quixerQubits[0]}
          max={L.quixerQubits[1]}
          onCommit={(qubits) => set({ qubits })}
        />
        <NumberField
          label="Layers per token"
          integer
          value={model.layers}
          min={L.quixerLayers[0]}
          max={L.quixerLayers[1]}
          onCommit={(layers) => set({ layers })}
        />
        <NumberField
          label="Degree"
          integer
          value={model.degree}
          min={L.degree[0]}
          max={L.degree[1]}
          onCommit={(degree) => set({ degree })}
        />
      </div>
      <div className="field-row">
        <NumberField
          label="Embedding width"
          integer
          value={model.embed}
          min={L.embed[0]}
          max={L.embed[1]}
          onCommit={(embed) => set({ embed })}
        />
        <NumberField
          label="Head hidden units"
          integer
          value={model.hidden}
          min={L.headHidden[0]}
          max={L.headHidden[1]}
          onCommit={(hidden) => set({ hidden })}
        />
      </div>
      <p className="hint">
        Quixer (Khatri et al. 2024) at toy scale. Each token w gets a unitary U<sub>w</sub> on{' '}
        {model.qubits} qubits ({model.layers} {model.layers === 1 ? 'layer' : 'layers'} of RY and
        CRX rings, angles a trained linear map of the token’s embedding). The {context} tokens of
        the context are mixed as M = Σ<sub>j</sub> b<sub>j</sub> U
        <sub>
          w<sub>j</sub>
        </sub>{' '}
        with trained complex weights b (a linear combination of unitaries; position enters only
        through b), and the state Σ<sub>k≤{model.degree}</sub> c<sub>k</sub> M<sup>k</sup>|0⟩ is
        prepared by a polynomial of M (quantum singular value transformation). On a device that
        state is post-selected: “Success probability” below is the share of shots kept. One more
        trained layer, then ⟨X⟩, ⟨Y⟩, ⟨Z⟩ of every qubit feed a small classical head (Linear → ReLU
        → Linear) that gives the next token’s probabilities. A device would add {ancillas} ancilla
        qubits for the combination and the polynomial; here the {model.qubits}-qubit register is
        simulated exactly
        {info ? `, ${info.quantumParams} trained parameters in all` : ''}.
      </p>
      {info && (
        <div className="sequence-circuit">
          <FittedCircuit circuit={info.circuit} label="One token’s unitary U_w" />
        </div>
      )}
    </>
  );
}
