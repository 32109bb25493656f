// The matrix-multiplication task's part of the worker's messages (protocol.ts joins it to the
// unions): the exact result of the subroutine once, then the shot estimate as rounds are drawn.

/** The session of a product AB: the exact subroutine and what the shots should meet. */
export interface MatmulInfo {
  task: 'matmul';
  /** n: rows and columns of A and B. */
  n: number;
  /** 3 · log2(n): registers i, j, l of log2(n) qubits each. */
  qubits: number;
  /** A, B and the classical product AB, row-major. */
  a: number[];
  b: number[];
  product: number[];
  normA: number;
  normB: number;
  /** ⟨i, 0, l|ψ⟩ at [i · n + l], read from the simulated state vector. */
  amplitudes: number[];
  /** (AB)_il/(‖A‖_F‖B‖_F). */
  expected: number[];
  /** Probability that the post-selection j = 0 succeeds, from the state vector. */
  success: number;
  /** max |U_B U_Bᵀ − I|: how far the block encoding is from unitary (rounding only). */
  unitarityError: number;
  /** Shots of the whole run (0: exact only) and the rounds they are split over. */
  shots: number;
  rounds: number;
  /** Expected relative error of |AB| estimated from all the run's shots (null: no shots or p = 0). */
  expectedError: number | null;
  /** Shots for an expected relative error of each target (null when p = 0). */
  shotsFor: { target: number; shots: number | null }[];
}

export interface MatmulReport {
  epoch: number;
  /** Shots drawn so far, and those of them that passed the post-selection (j = 0). */
  matmul: { shots: number; passed: number };
}

/** The estimate from the shots so far (newest wins). */
export interface MatmulEstimate {
  epoch: number;
  shots: number;
  passed: number;
  /** Estimated |(AB)_il| at [i · n + l]: ‖A‖_F‖B‖_F √(count(i, 0, l)/shots). */
  magnitudes: number[];
  /** ‖estimate − |AB|‖_F/‖AB‖_F, and what the formula expects after this many shots. */
  error: number | null;
  expectedError: number | null;
}
