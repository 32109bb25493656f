// Circuit sandbox experiments for lesson sources, written as gates on wires: `place('H', 0, [0])`
// is an H in the first column on qubit 0. Ids come out as the editor hands them out (g1, g2, … in
// list order), so links stay short; constant angles are kept as typed ("pi/4").
import { parseAngle } from '../../src/experiment/circuit/angle';
import type { GateName } from '../../src/experiment/circuit/gateCatalog';
import type { AngleBinding, EditorCircuit, PlacedGate } from '../../src/experiment/circuit/types';
import { circuitSchema } from '../../src/experiment/tasks/circuit';
import type { CircuitExperiment, Experiment } from '../../src/experiment/types';
import type { SpeedName } from '../../src/experiment/lists';
import { solveFor } from './source';

/** A gate before it gets its id. */
export type Placed = Omit<PlacedGate, 'id'>;

/** A constant angle as a student types it ("2pi/3"), with its value in radians. */
export function constant(expr: string): AngleBinding {
  const read = parseAngle(expr);
  if (!read.ok) throw new Error(`Not an angle: "${expr}" (${read.reason})`);
  return { kind: 'const', expr: read.expr, value: read.value };
}

/** `gate` in `column` on `targets` (named controls first: CNOT = [control, target]). */
export function place(
  gate: GateName,
  column: number,
  targets: number[],
  more: { angle?: string; controls?: number[]; controlStates?: (0 | 1)[] } = {},
): Placed {
  const g: Placed = { gate, column, targets };
  if (more.controls) g.controls = more.controls;
  if (more.controlStates) g.controlStates = more.controlStates;
  if (more.angle !== undefined) g.params = [constant(more.angle)];
  return g;
}

export function circuitOf(qubits: number, columns: number, gates: Placed[]): EditorCircuit {
  return { qubits, columns, gates: gates.map((g, i) => ({ id: `g${i + 1}`, ...g })), blocks: [] };
}

export interface MeasureChoice {
  /** Shots of the whole run (the sandbox's default: 2000). */
  shots?: number;
  /** Rounds the shots are split over, one a step of Play (default 40). */
  rounds?: number;
  speed?: SpeedName;
}

/** The sandbox's default experiment holding `circuit`, measured as `measure` says. */
export function sandbox(circuit: EditorCircuit, measure: MeasureChoice = {}): CircuitExperiment {
  const e = circuitSchema.defaults();
  return {
    ...e,
    model: { circuit },
    measure: { shots: measure.shots ?? e.measure.shots },
    training: { ...e.training, epochs: measure.rounds ?? e.training.epochs },
    view: { ...e.view, speed: measure.speed ?? e.view.speed },
  };
}

/** A student's edit of the sandbox's circuit (a TrySource.solve). */
export function editCircuit(
  edit: (c: EditorCircuit) => EditorCircuit,
): (e: Experiment) => Experiment {
  return solveFor('circuit', (e) => ({ ...e, model: { circuit: edit(e.model.circuit) } }));
}

/** The circuit with gate `id`'s angle typed anew. */
export function retyped(c: EditorCircuit, id: string, expr: string): EditorCircuit {
  return {
    ...c,
    gates: c.gates.map((g) => (g.id === id ? { ...g, params: [constant(expr)] } : g)),
  };
}

/** The circuit with `gate` added (a fresh id, as the editor gives one). */
export function added(c: EditorCircuit, gate: Placed): EditorCircuit {
  return { ...c, gates: [...c.gates, { id: `g${c.gates.length + 1}`, ...gate }] };
}

/** The circuit with gate `id` dragged onto other wires. */
export function moved(c: EditorCircuit, id: string, targets: number[]): EditorCircuit {
  return { ...c, gates: c.gates.map((g) => (g.id === id ? { ...g, targets } : g)) };
}
