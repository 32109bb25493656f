// The seeded generator lives with the schema (src/experiment/rng.ts), which both sides share: the
// schema draws random graphs with it, the simulator samples shots with it.
export { createRng, type Rng } from '../../src/experiment/rng';
