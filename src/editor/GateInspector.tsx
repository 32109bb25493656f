// The selected gate: its wires (stretch a two-qubit gate, move a target), its controls (filled or
// open, removable), each angle's binding, and Delete. A noise channel has its probability instead
// of angles and controls.
import { isChannelName, specOf } from '../experiment/circuit/channelCatalog';
import {
  deleteGate,
  removeControl,
  setBinding,
  setChannelP,
  setTargets,
  toggleControlState,
} from '../experiment/circuit';
import type { EditorCircuit, PlacedGate } from '../experiment/circuit';
import { useLab } from '../store/store';
import { BindingEditor } from './BindingEditor';
import { ChannelSettings } from './ChannelSettings';
import { paletteName } from './gateText';
import type { GateValues } from './trainedValues';

interface Props {
  circuit: EditorCircuit;
  gate: PlacedGate;
  values?: GateValues;
}

export function GateInspector({ circuit, gate: g, values }: Props) {
  const edit = useLab((s) => s.editCircuit);
  const select = useLab((s) => s.select);
  const info = specOf(g.gate);
  const channel = isChannelName(g.gate) ? g.gate : null;
  const roles = g.targets.map((_, i) =>
    i < info.namedControls
      ? 'Control'
      : info.baseQubits === 2
        ? `Target ${i - info.namedControls + 1}`
        : 'Target',
  );
  return (
    <section
      className="inspector"
      aria-label={`${paletteName(g.gate)}${channel ? '' : ' gate'} settings`}
    >
      <h3>
        {paletteName(g.gate)} <span className="hint">{info.description}</span>
      </h3>
      {g.targets.length > 1 && (
        <div className="field-row">
          {g.targets.map((q, i) => (
            <div className="field" key={i}>
              <label htmlFor={`${g.id}-t${i}`}>{roles[i]} qubit</label>
              <select
                id={`${g.id}-t${i}`}
                value={q}
                onChange={(e) =>
                  edit((c) => setTargets(c, g.id, retarget(g.targets, i, Number(e.target.value))))
                }
              >
                {Array.from({ length: circuit.qubits }, (_, k) => (
                  <option key={k} value={k}>
                    q{k}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      )}
      {(g.controls ?? []).map((q, k) => (
        <div className="control-row" key={q}>
          Control on q{q}:{' '}
          {g.controlStates?.[k] === 0 ? 'open (acts on |0⟩)' : 'filled (acts on |1⟩)'}
          <button type="button" onClick={() => edit((c) => toggleControlState(c, g.id, q))}>
            Flip
          </button>
          <button type="button" onClick={() => edit((c) => removeControl(c, g.id, q))}>
            Remove
          </button>
        </div>
      ))}
      {channel && (
        <ChannelSettings
          channel={channel}
          p={g.p}
          onCommit={(p) => edit((c) => setChannelP(c, g.id, p))}
        />
      )}
      {(g.params ?? []).map((b, i) => (
        <BindingEditor
          key={`${g.id}-${i}-${b.kind}`}
          circuit={circuit}
          angle={info.angleNames[i] ?? `${i + 1}`}
          binding={b}
          values={values?.reps.map((r) => r[i]!)}
          sharedBy={values?.shared ? values.count : 0}
          onChange={(nb) => edit((c) => setBinding(c, g.id, i, nb))}
        />
      ))}
      <button
        type="button"
        onClick={() => {
          if (edit((c) => deleteGate(c, g.id))) select(null);
        }}
      >
        {channel ? 'Delete channel' : 'Delete gate'}
      </button>
    </section>
  );
}

/** Targets with entry i set to q; if q was another of the gate's wires, the two swap places. */
function retarget(targets: readonly number[], i: number, q: number): number[] {
  const old = targets[i]!;
  return targets.map((t, k) => (k === i ? q : t === q ? old : t));
}
