// Quixer (Khatri et al., "Quixer: A Quantum Transformer Model", arXiv 2406.04305) at toy scale, as
// a next-token model with an exact gradient. For a context w_0 … w_{T−1}:
//   θ_w = W·E[w] + bias (the token's 4nL angles), U_w = L layers of ansatz 14 (quixerCircuit.ts),
//   M = Σ_j b_j·U_{w_j} with b = β/‖β‖₁ (position enters only through b), v_0 = |0⟩, v_k = M·v_{k−1},
//   ψ̃ = Σ_k c_k·v_k, ψ = ψ̃/‖ψ̃‖, φ = V·ψ (one trainable ansatz layer), features ⟨X_q⟩, ⟨Y_q⟩,
//   ⟨Z_q⟩ of φ, then Linear(3n → h) → ReLU → Linear(h → V) → softmax; loss: cross-entropy (nats).
// A device would keep the LCU + polynomial block's output with probability ‖ψ̃‖²/‖c‖₁².
//
// U_w depends only on the token, so each batch builds every token's dense unitary once (the
// simulator's gate kernels on the D basis states) and sums them per context. The gradient is
// reverse mode by hand. Complex gradients are g = ∂L/∂Re z + i·∂L/∂Im z, so dL = Re Σ conj(g)·dz:
// for y = M·x, g_M += g_y·x† and g_x = M†·g_y; for M = Σ a_w·U_w, g_a = ⟨U_w, g_M⟩ (Frobenius,
// conjugating U) and g_{U_w} = conj(a_w)·g_M; ∂L/∂angle = Re tr(g_U†·∂U/∂angle) (adjoint pass).

import { blochVectors, type Rng } from '../../sim';
import { miniBatchTraining } from '../miniBatchTraining';
import {
  addOuter,
  addScaled,
  dotc,
  matAdjVec,
  matVec,
  normalizeL1,
  normalizeL1Backward,
  setIdentity,
} from './cmat';
import { checkTokens, type NextTokenModel } from './nextToken';
import {
  ansatzBackward,
  ansatzMatrices,
  applyAnsatz,
  compileAnsatz,
  pauliReadoutBackward,
  quixerLayout,
  quixerTokenCircuit,
  type QuixerSpec,
} from './quixerCircuit';

export {
  QUIXER_LIMITS,
  quixerLayout,
  quixerParamCount,
  quixerTokenCircuit,
  type QuixerLayout,
  type QuixerSpec,
} from './quixerCircuit';

/** A Quixer next-token model; theta laid out by quixerLayout, its circuit one token unitary. */
export interface Quixer extends NextTokenModel {
  readonly spec: QuixerSpec;
  successProbability(inputs: Int32Array, count: number): number;
  /** ψ (normalised, before the final layer) of context k, for tests. */
  state(inputs: Int32Array, k: number): { re: Float64Array; im: Float64Array };
}

/**
 * A Quixer with starting parameters from rng: E standard normal, W uniform with variance 1/e (so
 * each angle starts with variance about 1), angle bias 0; β_j = 1/T + 0.01·noise (imaginary part
 * 0.01·noise), so b starts nearly uniform; c = (½, …, ½); the final layer's angles uniform in
 * (−1, 1); the head Glorot-uniform with zero biases. Throws a readable Error on a spec out of
 * range (QUIXER_LIMITS).
 */
export function createQuixer(spec: QuixerSpec, rng: Rng): Quixer {
  const circuit = quixerTokenCircuit(spec); // checks the spec
  const { vocab: V, context: T, qubits: n, degree: d, embed: e, hidden: h } = spec;
  const lay = quixerLayout(spec);
  const { angles: A, total: numParams } = lay;
  const D = 1 << n;
  const DD = 2 * D * D; // numbers in one D × D matrix
  const F = 3 * n;

  const theta = new Float64Array(numParams);
  const uniform = (at: number, count: number, lim: number): void => {
    for (let i = 0; i < count; i++) theta[at + i] = lim * (2 * rng.next() - 1);
  };
  for (let i = 0; i < V * e; i++) theta[lay.embedding + i] = rng.normal();
  uniform(lay.linear, A * e, Math.sqrt(3 / e));
  for (let j = 0; j < T; j++) {
    theta[lay.beta + 2 * j] = 1 / T + 0.01 * rng.normal();
    theta[lay.beta + 2 * j + 1] = 0.01 * rng.normal();
  }
  theta.fill(0.5, lay.coeffs, lay.coeffs + d + 1);
  uniform(lay.final, 4 * n, 1);
  uniform(lay.head1, h * F, Math.sqrt(6 / (h + F)));
  uniform(lay.head2, V * h, Math.sqrt(6 / (V + h)));

  const tok = compileAnsatz(n, spec.layers);
  const fin = compileAnsatz(n, 1);
  // Per batch: each needed token's angles and dense unitary, and the gradient of its unitary.
  const need = new Uint8Array(V);
  const ang = new Float64Array(V * A);
  const U = new Float64Array(V * DD);
  const GU = new Float64Array(V * DD);
  const mat = new Float64Array(8 * A);
  const adj = new Float64Array(8 * A);
  const der = new Float64Array(8 * A);
  const gAng = new Float64Array(A);
  const work = new Float64Array(DD);
  const fMat = new Float64Array(32 * n);
  const fAdj = new Float64Array(32 * n);
  const fDer = new Float64Array(32 * n);
  const b = new Float64Array(2 * T);
  const gb = new Float64Array(2 * T);
  // Per context: the distinct tokens (slot s holds token toks[s] with LCU coefficient a_s), the
  // slot of each position, M, the v_k, ψ̃ → ψ, φ and the head's values.
  const slotOf = new Int32Array(V).fill(-1);
  const toks = new Int32Array(T);
  const jSlot = new Int32Array(T);
  const aw = new Float64Array(2 * T);
  const M = new Float64Array(DD);
  const gM = new Float64Array(DD);
  const v = new Float64Array((d + 1) * 2 * D);
  const vs = Array.from({ length: d + 1 }, (_, k) => v.subarray(k * 2 * D, (k + 1) * 2 * D));
  const psi = new Float64Array(2 * D);
  const phi = new Float64Array(2 * D);
  const phiState = { n, amp: phi };
  const lam = new Float64Array(2 * D);
  const gPsi = new Float64Array(2 * D);
  const u1 = new Float64Array(2 * D);
  const u2 = new Float64Array(2 * D);
  const feat = new Float64Array(F);
  const gFeat = new Float64Array(F);
  const pre = new Float64Array(h);
  const prob = new Float64Array(V);
  const c2 = new Float64Array(2);
  let nd = 0; // distinct tokens of the current context
  let r = 0; // ‖ψ̃‖ of the current context

  /** Builds b = β/‖β‖₁, the final layer's matrices and the unitaries of the contexts' tokens. */
  const prepare = (inputs: Int32Array, idx: Int32Array | null, count: number): void => {
    normalizeL1(theta, lay.beta, T, b);
    ansatzMatrices(fin, theta, lay.final, fMat, fAdj, fDer);
    need.fill(0);
    for (let i = 0; i < count; i++) {
      const k = idx ? idx[i]! : i;
      for (let j = 0; j < T; j++) need[inputs[k * T + j]!] = 1;
    }
    for (let w = 0; w < V; w++) {
      if (!need[w]) continue;
      for (let a = 0; a < A; a++) {
        let x = theta[lay.bias + a]!;
        for (let k = 0; k < e; k++) x += theta[lay.linear + a * e + k]! * theta[lay.embedding + w * e + k]!; // prettier-ignore
        ang[w * A + a] = x;
      }
      ansatzMatrices(tok, ang, w * A, mat, adj, der);
      setIdentity(U, w * DD, D);
      applyAnsatz(tok, mat, U.subarray(w * DD, (w + 1) * DD));
    }
  };

  /** Runs context k up to ψ (prepare first); returns ‖ψ̃‖². */
  const lcu = (inputs: Int32Array, k: number): number => {
    nd = 0;
    for (let j = 0; j < T; j++) {
      const w = inputs[k * T + j]!;
      let s = slotOf[w]!;
      if (s < 0) {
        s = slotOf[w] = nd++;
        toks[s] = w;
        aw[2 * s] = aw[2 * s + 1] = 0;
      }
      jSlot[j] = s;
      aw[2 * s] = aw[2 * s]! + b[2 * j]!;
      aw[2 * s + 1] = aw[2 * s + 1]! + b[2 * j + 1]!;
    }
    M.fill(0);
    for (let s = 0; s < nd; s++) {
      addScaled(M, 0, U, toks[s]! * DD, aw[2 * s]!, aw[2 * s + 1]!, DD);
      slotOf[toks[s]!] = -1;
    }
    v.fill(0, 0, 2 * D);
    v[0] = 1;
    for (let q = 1; q <= d; q++) matVec(M, D, vs[q - 1]!, vs[q]!);
    psi.fill(0);
    for (let q = 0; q <= d; q++) addScaled(psi, 0, v, q * 2 * D, theta[lay.coeffs + q]!, 0, 2 * D);
    let r2 = 0;
    for (let p = 0; p < 2 * D; p++) r2 += psi[p]! ** 2;
    r = Math.sqrt(r2);
    if (r > 0) for (let p = 0; p < 2 * D; p++) psi[p] = psi[p]! / r;
    else psi.fill(0)[0] = 1;
    return r2;
  };

  /** The final layer, the features and the head after lcu; writes prob. */
  const head = (): void => {
    phi.set(psi);
    applyAnsatz(fin, fMat, phi);
    blochVectors(phiState, feat);
    for (let i = 0; i < h; i++) {
      let x = theta[lay.head1Bias + i]!;
      for (let f = 0; f < F; f++) x += theta[lay.head1 + i * F + f]! * feat[f]!;
      pre[i] = x;
    }
    let top = -Infinity;
    for (let w = 0; w < V; w++) {
      let x = theta[lay.head2Bias + w]!;
      for (let i = 0; i < h; i++) x += theta[lay.head2 + w * h + i]! * Math.max(0, pre[i]!);
      prob[w] = x;
      top = Math.max(top, x);
    }
    let sum = 0;
    for (let w = 0; w < V; w++) sum += prob[w] = Math.exp(prob[w]! - top);
    for (let w = 0; w < V; w++) prob[w] = prob[w]! / sum;
  };

  /** Back from the loss of the current context (target y, weight wt) to g_b, GU and grad. */
  const backward = (y: number, wt: number, grad: Float64Array): void => {
    gFeat.fill(0);
    for (let w = 0; w < V; w++) {
      const gz = wt * (prob[w]! - (w === y ? 1 : 0));
      grad[lay.head2Bias + w] = grad[lay.head2Bias + w]! + gz;
      for (let i = 0; i < h; i++) grad[lay.head2 + w * h + i] = grad[lay.head2 + w * h + i]! + gz * Math.max(0, pre[i]!); // prettier-ignore
    }
    for (let i = 0; i < h; i++) {
      let g = 0;
      if (pre[i]! > 0) for (let w = 0; w < V; w++) g += theta[lay.head2 + w * h + i]! * wt * (prob[w]! - (w === y ? 1 : 0)); // prettier-ignore
      grad[lay.head1Bias + i] = grad[lay.head1Bias + i]! + g;
      for (let f = 0; f < F; f++) {
        grad[lay.head1 + i * F + f] = grad[lay.head1 + i * F + f]! + g * feat[f]!;
        gFeat[f] = gFeat[f]! + g * theta[lay.head1 + i * F + f]!;
      }
    }
    pauliReadoutBackward(phi, n, gFeat, lam);
    ansatzBackward(fin, fAdj, fDer, phi, lam, grad, lay.final); // lam = g_ψ
    if (r === 0) return;
    // ψ = ψ̃/r: g_ψ̃ = (g_ψ − Re⟨ψ, g_ψ⟩·ψ)/r.
    dotc(psi, 0, lam, 0, 2 * D, c2);
    for (let p = 0; p < 2 * D; p++) gPsi[p] = (lam[p]! - c2[0]! * psi[p]!) / r;
    for (let q = 0; q <= d; q++) {
      dotc(v, q * 2 * D, gPsi, 0, 2 * D, c2);
      grad[lay.coeffs + q] = grad[lay.coeffs + q]! + c2[0]!;
    }
    // g_{v_d} = c_d·g_ψ̃; g_M += g_{v_k}·v_{k−1}†; g_{v_{k−1}} = c_{k−1}·g_ψ̃ + M†·g_{v_k}.
    let u = u1;
    let t = u2;
    let swap = u;
    for (let p = 0; p < 2 * D; p++) u[p] = theta[lay.coeffs + d]! * gPsi[p]!;
    gM.fill(0);
    for (let q = d; q >= 1; q--) {
      addOuter(gM, D, u, vs[q - 1]!);
      if (q === 1) break;
      matAdjVec(M, D, u, t);
      addScaled(t, 0, gPsi, 0, theta[lay.coeffs + q - 1]!, 0, 2 * D);
      swap = u;
      u = t;
      t = swap;
    }
    for (let s = 0; s < nd; s++) {
      const w = toks[s]!;
      dotc(U, w * DD, gM, 0, DD, c2); // g_{a_s}
      const ar = c2[0]!, ai = c2[1]!;
      for (let j = 0; j < T; j++)
        if (jSlot[j] === s) {
          gb[2 * j] = gb[2 * j]! + ar;
          gb[2 * j + 1] = gb[2 * j + 1]! + ai;
        }
      addScaled(GU, w * DD, gM, 0, aw[2 * s]!, -aw[2 * s + 1]!, DD);
      need[w] = 2; // its unitary has a gradient
    } // prettier-ignore
  };

  /** After a batch's backward passes: g_b → g_β, and each token's g_U → angles → W, bias, E. */
  const finish = (grad: Float64Array): void => {
    normalizeL1Backward(theta, lay.beta, T, gb, grad, lay.beta);
    for (let w = 0; w < V; w++) {
      if (need[w] !== 2) continue;
      ansatzMatrices(tok, ang, w * A, mat, adj, der);
      work.set(U.subarray(w * DD, (w + 1) * DD));
      gAng.fill(0);
      ansatzBackward(tok, adj, der, work, GU.subarray(w * DD, (w + 1) * DD), gAng, 0);
      for (let a = 0; a < A; a++) {
        const g = gAng[a]!;
        grad[lay.bias + a] = grad[lay.bias + a]! + g;
        for (let k = 0; k < e; k++) {
          const at = lay.linear + a * e + k, et = lay.embedding + w * e + k;
          grad[at] = grad[at]! + g * theta[et]!;
          grad[et] = grad[et]! + g * theta[at]!;
        }
      } // prettier-ignore
    }
  };

  /**
   * Adds the summed cross-entropy of contexts idx (or [0, count)) to the returned total and
   * weight times its gradient to grad.
   */
  const addLoss = (inputs: Int32Array, targets: Int32Array, idx: Int32Array | null, count: number, weight: number, grad: Float64Array): number => {
    prepare(inputs, idx, count);
    gb.fill(0);
    GU.fill(0);
    let loss = 0;
    for (let i = 0; i < count; i++) {
      const k = idx ? idx[i]! : i;
      const y = targets[k]!;
      lcu(inputs, k);
      head();
      loss -= Math.log(Math.max(prob[y]!, Number.MIN_VALUE));
      backward(y, weight, grad);
    }
    finish(grad);
    return loss;
  }; // prettier-ignore

  return {
    spec: { ...spec },
    circuit,
    qubits: n,
    vocab: V,
    context: T,
    numParams,
    theta,
    probabilities(inputs, count) {
      checkTokens(T, V, inputs, null, count);
      prepare(inputs, null, count);
      const out = new Float64Array(count * V);
      for (let k = 0; k < count; k++) {
        lcu(inputs, k);
        head();
        out.set(prob, k * V);
      }
      return out;
    },
    ...miniBatchTraining(
      theta,
      (inputs: Int32Array, targets: Int32Array, count: number) =>
        checkTokens(T, V, inputs, targets, count),
      addLoss,
    ),
    successProbability(inputs, count) {
      checkTokens(T, V, inputs, null, count);
      prepare(inputs, null, count);
      let c1 = 0;
      for (let q = 0; q <= d; q++) c1 += Math.abs(theta[lay.coeffs + q]!);
      let sum = 0;
      for (let k = 0; k < count; k++) sum += c1 > 0 ? lcu(inputs, k) / (c1 * c1) : 0;
      return count > 0 ? sum / count : 0;
    },
    state(inputs, k) {
      if (!Number.isInteger(k) || k < 0)
        throw new Error(`The context number must be a whole number of at least 0; got ${k}.`);
      checkTokens(T, V, inputs, null, k + 1);
      prepare(inputs.subarray(k * T, (k + 1) * T), null, 1);
      lcu(inputs, k);
      const re = new Float64Array(D);
      const im = new Float64Array(D);
      for (let i = 0; i < D; i++) [re[i], im[i]] = [psi[2 * i]!, psi[2 * i + 1]!];
      return { re, im };
    },
  };
}
