// The noise the quantum model trains under: a preset or the user's own numbers, on the tasks
// whose worker simulates noise (TaskSchema.noise). The settings are part of the experiment's link.
// Where noise is not simulated (TaskSchema.noiseUnavailable) the panel says why, without settings.
import { useMemo, useState } from 'react';
import { isChannelName } from '../experiment/circuit/channelCatalog';
import { formatCount } from '../experiment/formatCount';
import {
  MAX_NOISY_QUBITS,
  NOISE_LIMIT,
  NOISE_PRESETS,
  presetOf,
  type NoiseField,
  type NoisePresetName,
  type NoiseSettings,
} from '../experiment/noise';
import { schemaFor } from '../experiment/tasks/registry';
import type { Experiment } from '../experiment/types';
import type { GlossaryTerm } from '../glossary';
import { useLab } from '../store/store';
import { NumberField } from './fields/NumberField';
import { SelectField } from './fields/SelectField';

type Shown = NoisePresetName | 'custom';

const OPTIONS: readonly { value: Shown; label: string }[] = [
  ...NOISE_PRESETS.map((p) => ({ value: p.name, label: p.label })),
  { value: 'custom', label: 'Custom' },
];

/** The six numbers in rows of two: label, glossary term and the step of the arrows. */
const FIELD_ROWS: readonly (readonly {
  key: NoiseField;
  label: string;
  info: GlossaryTerm;
  step: number;
}[])[] = [
  [
    { key: 'p1', label: 'One-qubit gate error p1', info: 'gateError1', step: 0.0001 },
    { key: 'p2', label: 'Two-qubit gate error p2', info: 'gateError2', step: 0.001 },
  ],
  [
    { key: 'gamma', label: 'Relaxation per layer γ', info: 'relaxation', step: 0.0001 },
    { key: 'lambda', label: 'Dephasing per layer λ', info: 'dephasing', step: 0.0001 },
  ],
  [
    { key: 'p01', label: 'Readout error 0→1', info: 'readoutError', step: 0.001 },
    { key: 'p10', label: 'Readout error 1→0', info: 'readoutError', step: 0.001 },
  ],
];

const presetNamed = (name: NoisePresetName) => NOISE_PRESETS.find((p) => p.name === name)!;

/** The experiment as it would run under noise: its own noise, or the chip's when it has none. */
const underNoise = (e: Experiment): Experiment =>
  (e as { noise?: NoiseSettings }).noise ? e : ({ ...e, noise: presetNamed('chip').settings } as Experiment); // prettier-ignore

/** Noise channels placed in the editor in the circuit the experiment trains (channelCatalog.ts). */
const placedChannels = (e: Experiment): number =>
  schemaFor(e)
    .circuit(e)
    ?.gates.filter((g) => isChannelName(g.gate)).length ?? 0;

/** Why a model set to Ideal still trains noisy: placed channels apply under any noise model. */
function channelsNote(n: number): string {
  const what = n === 1 ? 'a noise channel' : `${formatCount(n)} noise channels`;
  return `The circuit also has ${what} placed in the editor; ${n === 1 ? 'it applies' : 'they apply'} whatever model is chosen here.`; // prettier-ignore
}

export function NoisePanel() {
  const e = useLab((s) => s.experiment);
  // Counted as the worker builds the circuit under noise (the QRNN's data registers become one).
  const qubits = useMemo(() => schemaFor(e).size(underNoise(e)).qubits, [e]);
  // Chosen "Custom" while the numbers are still a preset's: the select keeps saying Custom.
  const [custom, setCustom] = useState(false);
  const channels = useMemo(() => placedChannels(e), [e]);
  const schema = schemaFor(e);
  const reason = schema.noiseUnavailable?.(e) ?? null;
  if (reason !== null) {
    return (
      <section className="panel" aria-labelledby="noise-heading">
        <h2 id="noise-heading">Noise</h2>
        <p className="hint">{reason}</p>
      </section>
    );
  }
  if (!schema.noise) return null;
  const { setNoise } = useLab.getState();
  const noise = (e as { noise?: NoiseSettings }).noise;
  const preset = presetOf(noise);
  const shown: Shown = custom && preset !== 'ideal' ? 'custom' : preset;

  const choose = (v: Shown): void => {
    setCustom(v === 'custom');
    // Custom from Ideal starts from the chip's numbers, to be changed one by one.
    if (v === 'custom') {
      if (preset === 'ideal') setNoise(presetNamed('chip').settings);
    } else setNoise(presetNamed(v).settings);
  };
  /** What every field has but its label, step and glossary term. */
  const field = (key: NoiseField) => ({
    value: noise?.[key] ?? 0,
    min: NOISE_LIMIT[0],
    max: NOISE_LIMIT[1],
    onCommit: (v: number) => setNoise({ ...noise!, [key]: v }),
  });
  const tooLarge = qubits > MAX_NOISY_QUBITS;

  return (
    <section className="panel" aria-labelledby="noise-heading">
      <h2 id="noise-heading">Noise</h2>
      <SelectField<Shown>
        label="Noise model"
        info="noiseModel"
        wide
        value={shown}
        options={OPTIONS}
        onChange={choose}
      />
      {channels > 0 && <p className="hint">{channelsNote(channels)}</p>}
      {noise && (
        <>
          {FIELD_ROWS.map((row) => (
            <div className="field-row" key={row[0]!.key}>
              {row.map((f) => (
                <NumberField
                  key={f.key}
                  label={f.label}
                  info={f.info}
                  step={f.step}
                  {...field(f.key)}
                />
              ))}
            </div>
          ))}
          <p className="hint">
            {shown === 'custom'
              ? 'Your own numbers, each a probability from 0 to 1.'
              : presetNamed(shown).source}
          </p>
          <p className="hint">
            Under noise the quantum model is simulated as a density matrix (up to {MAX_NOISY_QUBITS}{' '}
            qubits); an ideal twin trains beside it.
          </p>
        </>
      )}
      {tooLarge && (
        <p className={noise ? 'field-error' : 'hint'} role={noise ? 'alert' : undefined}>
          Noise needs a circuit of at most {MAX_NOISY_QUBITS} qubits (its density matrix holds 4^n
          numbers); this one has {qubits}. {noise ? 'Choose Ideal, or fewer qubits, to train.' : ''}
        </p>
      )}
    </section>
  );
}
