// The run slice's history of reports: epoch 0 starts it afresh, later reports append (even of an
// epoch already shown: a benchmark reports cells so), and a completing report (the worker's
// settle when training stops) replaces the last one.
import { describe, expect, it } from 'vitest';
import { createLabStore } from '../../../src/store/store';
import type { VqeReport } from '../../../workers/protocol';

const report = (epoch: number, mitigated?: number): VqeReport => ({
  epoch,
  energy: -1,
  ms: 1,
  ideal: -1.1,
  ...(mitigated === undefined ? {} : { mitigated: { energy: mitigated, scales: [1, 3, 5], values: [-1, -0.9, -0.8] } }), // prettier-ignore
});

describe('run history', () => {
  it('replaces the last epoch’s report with its completed one instead of adding a second', () => {
    const store = createLabStore();
    const { receive } = store.getState();
    receive({ type: 'epochs', reports: [report(0, -1.13)] });
    receive({ type: 'epochs', reports: [report(1), report(2)] });
    receive({ type: 'epochs', reports: [report(2, -1.12)], completes: true });
    const history = store.getState().history as VqeReport[];
    expect(history.map((r) => [r.epoch, r.mitigated?.energy])).toEqual([[0, -1.13], [1, undefined], [2, -1.12]]); // prettier-ignore
    expect(store.getState().epoch).toBe(2);
    // Training goes on after it; epoch 0 (a load, a reset) starts afresh.
    receive({ type: 'epochs', reports: [report(3)] });
    expect(store.getState().history.map((r) => r.epoch)).toEqual([0, 1, 2, 3]);
    receive({ type: 'epochs', reports: [report(0, -1.13)] });
    expect(store.getState().history.map((r) => r.epoch)).toEqual([0]);
  });
});

describe('reports of one epoch', () => {
  it('keeps every report that does not say it completes the last', () => {
    const store = createLabStore();
    const { receive } = store.getState();
    receive({ type: 'epochs', reports: [report(0)] });
    receive({ type: 'epochs', reports: [report(1)] });
    receive({ type: 'epochs', reports: [report(1)] });
    expect(store.getState().history.map((r) => r.epoch)).toEqual([0, 1, 1]);
  });

  it('appends a completing report whose epoch is not the last one shown', () => {
    const store = createLabStore();
    const { receive } = store.getState();
    receive({ type: 'epochs', reports: [report(0), report(1)] });
    receive({ type: 'epochs', reports: [report(2, -1.1)], completes: true });
    expect(store.getState().history.map((r) => r.epoch)).toEqual([0, 1, 2]);
  });
});
