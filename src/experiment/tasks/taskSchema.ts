// What a task defines on the schema side, once (docs/architecture.md, "Adding a task"): its
// defaults, validator, link codes, migrations, hideable panels, and how its circuit is reached.

import type { Checker, Obj } from '../checker';
import type { EditorCircuit } from '../circuit/types';
import type { Choice } from '../lists';
import type { ExperimentOf, TaskName } from '../types';

/** Brings a plain JSON experiment of this task from schema v to v + 1; may mutate its argument. */
export type TaskMigration = (doc: Record<string, unknown>) => Record<string, unknown>;

export interface TaskSchema<T extends TaskName> {
  name: T;
  /** The Task select's label ("Molecule energy (VQE)"). */
  label: string;
  /** The experiment a new user of this task starts from. */
  defaults(): ExperimentOf<T>;
  /**
   * What one training step is called ("epoch", "iteration"; the run controls' counter, speeds
   * and messages say it).
   */
  step: { one: string; many: string };
  /**
   * A run is a fixed job of training.epochs steps (the benchmark's cells): Play stops at its end
   * and there is nothing to keep training past it. Absent: training can go on.
   */
  fixedRun?: boolean;
  /**
   * Its worker simulates noise: the experiment may carry a noise section (noise.ts), which links
   * of other tasks are refused for.
   */
  noise?: true;
  /**
   * Why noise is not simulated for this experiment, with the measured cost, in words for the
   * student: the Noise panel says it and offers no settings. Null (or absent) when it is
   * simulated. A task without `noise` gives its reason here; one with it, for a model it cannot
   * run noisy (settings already made are kept for the models that can).
   */
  noiseUnavailable?(e: ExperimentOf<T>): string | null;
  /** Words for its own top-level sections in messages ({ problem: 'Problem' }). */
  sections: Readonly<Record<string, string>>;
  /**
   * Checks and copies every section but version, task, noise and weights; throws Invalid
   * (checker.ts).
   */
  check(
    c: Checker,
    o: Obj,
    src: string,
  ): Omit<ExperimentOf<T>, 'version' | 'task' | 'noise' | 'weights'>;
  /**
   * Link codes of field names this task adds to the shared table (linkKeys.ts). Append only: a
   * code, once in a link, never changes.
   */
  linkKeys: Readonly<Record<string, string>>;
  /** Per schema version v: what brings this task's experiments from v to v + 1 (absent: nothing). */
  migrations: Readonly<Record<number, TaskMigration>>;
  /** Parts of the page a teacher can hide, with their labels in the Classroom dialog. */
  hideable: readonly Choice<string>[];
  /** What a worker session is built from: when this changes, the session is rebuilt. */
  sessionParts(e: ExperimentOf<T>): unknown;
  /** The editor circuit this experiment trains, if it trains one. */
  circuit(e: ExperimentOf<T>): EditorCircuit | null;
  /**
   * The experiment training `c`: its editor circuit replaced, or a preset model switched to the
   * editor's with `c` (an imported circuit); a task that trains no editor circuit returns `e`.
   */
  withCircuit(e: ExperimentOf<T>, c: EditorCircuit): ExperimentOf<T>;
  /** Qubits and gates of the circuit the worker builds, counted from the settings alone. */
  size(e: ExperimentOf<T>): { qubits: number; gates: number };
  /**
   * What the user still has to do before this experiment can run, when it is a normal step of
   * building it (a graph being drawn has one node): the page then waits, saying so, instead of
   * failing to prepare it. Null (or absent) when it can run.
   */
  incomplete?(e: ExperimentOf<T>): string | null;
}
