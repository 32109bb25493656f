// The circuit format the simulator runs is part of the schema (src/experiment/circuit/program.ts):
// the page compiles editor circuits to it, the worker runs them.
export type * from '../../src/experiment/circuit/program';
