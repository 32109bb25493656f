// The one error type the simulation core throws: a message a student can read, and the field at fault.

export class SimError extends Error {
  /** Which input was wrong ("qubits", "ops[3].targets", …), for developers and for highlighting. */
  readonly field: string;
  constructor(field: string, message: string) {
    super(message);
    this.name = 'SimError';
    this.field = field;
  }
}
