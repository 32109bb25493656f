import { describe, expect, it } from 'vitest';
import { createDrawQueue } from '../../../src/charts/drawQueue';

/** A queue whose tasks run only when the test says so. */
function manual() {
  const tasks: (() => void)[] = [];
  const queue = createDrawQueue((run) => tasks.push(run));
  const runTask = (): void => tasks.shift()!();
  return { queue, tasks, runTask };
}

describe('drawQueue', () => {
  it('draws one chart per task, in the order they were first queued', () => {
    const { queue, tasks, runTask } = manual();
    const drawn: string[] = [];
    const a = {};
    const b = {};
    queue.request(a, () => drawn.push('a'));
    queue.request(b, () => drawn.push('b'));
    expect(drawn).toEqual([]);
    expect(tasks).toHaveLength(1);
    runTask();
    expect(drawn).toEqual(['a']);
    expect(tasks).toHaveLength(1);
    runTask();
    expect(drawn).toEqual(['a', 'b']);
    expect(tasks).toHaveLength(0);
    expect(queue.size).toBe(0);
  });

  it('coalesces: a chart queued again draws once, with its latest data, in its first place', () => {
    const { queue, runTask } = manual();
    const drawn: string[] = [];
    const a = {};
    const b = {};
    queue.request(a, () => drawn.push('a1'));
    queue.request(b, () => drawn.push('b1'));
    queue.request(a, () => drawn.push('a2'));
    expect(queue.size).toBe(2);
    runTask();
    runTask();
    expect(drawn).toEqual(['a2', 'b1']);
  });

  it('flush draws everything queued at once; cancel drops a chart', () => {
    const { queue, tasks } = manual();
    const drawn: string[] = [];
    const a = {};
    const b = {};
    const c = {};
    queue.request(a, () => drawn.push('a'));
    queue.request(b, () => drawn.push('b'));
    queue.request(c, () => drawn.push('c'));
    queue.cancel(b);
    queue.flush();
    expect(drawn).toEqual(['a', 'c']);
    // The task posted before the flush finds nothing left to draw.
    tasks.shift()!();
    expect(drawn).toEqual(['a', 'c']);
    // And a later request posts a task again.
    queue.request(a, () => drawn.push('a again'));
    expect(tasks).toHaveLength(1);
    tasks.shift()!();
    expect(drawn).toEqual(['a', 'c', 'a again']);
  });

  it('a drawing that throws does not stop the others', () => {
    const { queue, tasks, runTask } = manual();
    const drawn: string[] = [];
    queue.request({}, () => {
      throw new Error('broken chart');
    });
    queue.request({}, () => drawn.push('fine'));
    expect(runTask).toThrow('broken chart');
    expect(tasks).toHaveLength(1);
    runTask();
    expect(drawn).toEqual(['fine']);
  });
});
