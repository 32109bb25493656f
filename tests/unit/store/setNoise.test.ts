// The noise edit of the experiment slice: it sets or removes the section, ideal is no section,
// undo and redo step through it, and tasks without noise are left alone.
import { describe, expect, it } from 'vitest';
import { defaultExperiment } from '../../../src/experiment/defaults';
import { NOISE_PRESETS, type NoiseSettings } from '../../../src/experiment/noise';
import { TASK_SCHEMAS } from '../../../src/experiment/tasks/registry';
import { createLabStore } from '../../../src/store/store';

const CHIP = NOISE_PRESETS.find((p) => p.name === 'chip')!.settings;
const IDEAL = NOISE_PRESETS.find((p) => p.name === 'ideal')!.settings;

function setup() {
  const store = createLabStore();
  store.getState().loadExperiment(defaultExperiment());
  return store;
}
const noiseOf = (s: ReturnType<typeof setup>): NoiseSettings | undefined =>
  (s.getState().experiment as { noise?: NoiseSettings }).noise;

describe('setNoise', () => {
  it('sets the section as an undoable edit, and null removes it', () => {
    const store = setup();
    store.getState().setNoise(CHIP);
    expect(noiseOf(store)).toEqual(CHIP);
    expect(store.getState().past).toHaveLength(1);
    store.getState().setNoise({ ...CHIP, p2: 0.01 });
    expect(noiseOf(store)?.p2).toBe(0.01);
    store.getState().setNoise(null);
    expect('noise' in store.getState().experiment).toBe(false);
    expect(store.getState().experiment).toEqual(defaultExperiment());

    store.getState().undo();
    expect(noiseOf(store)).toEqual({ ...CHIP, p2: 0.01 });
    store.getState().undo();
    expect(noiseOf(store)).toEqual(CHIP);
    store.getState().redo();
    expect(noiseOf(store)?.p2).toBe(0.01);
  });

  it('removes the section for all-zero settings, and records nothing when there was none', () => {
    const store = setup();
    store.getState().setNoise(IDEAL);
    expect(store.getState().past).toEqual([]);
    store.getState().setNoise(CHIP);
    store.getState().setNoise(IDEAL);
    expect('noise' in store.getState().experiment).toBe(false);
    expect(store.getState().past).toHaveLength(2);
  });

  it('copies the settings it is given', () => {
    const store = setup();
    const mine = { ...CHIP };
    store.getState().setNoise(mine);
    mine.p1 = 0.5;
    expect(noiseOf(store)).toEqual(CHIP);
  });

  it('leaves a task without noise alone', () => {
    const store = setup();
    store.getState().loadExperiment(TASK_SCHEMAS.text.defaults());
    store.getState().setNoise(CHIP);
    expect(store.getState().experiment).toEqual(TASK_SCHEMAS.text.defaults());
    expect(store.getState().past).toEqual([]);
  });

  it.each(['vqe', 'qaoa', 'sequence'] as const)('works on the %s task too', (task) => {
    const store = setup();
    store.getState().loadExperiment(TASK_SCHEMAS[task].defaults());
    store.getState().setNoise(CHIP);
    expect(noiseOf(store)).toEqual(CHIP);
  });
});
