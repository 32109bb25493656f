// The circuit editor's pure core: data model, edit operations, angle expressions, validation of
// untrusted circuits, lowering to the simulator, and presets. No DOM, no React (the worker uses it).

export type { AngleBinding, EditResult, EditorCircuit, PlacedGate, RepeatBlock } from './types';
export { CIRCUIT_LIMITS } from './limits';
export * from './ops';
export { blockerOf, gateDisplayName, gateLabel, spanOf, wiresOf } from './occupancy';
export { isParamName, nameAllocator, nextGateId, trainableNames } from './names';
export { formatAngle, parseAngle, type AngleParse } from './angle';
export { compileEditorCircuit, type CompiledEditorCircuit } from './compile';
export { validateEditorCircuit, type CircuitProblem } from './validate';
