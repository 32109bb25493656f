// The Training panel's gradient choices as the worker applies them: under noise the exact gradient
// is not the adjoint one (noise cannot be run backwards), and the choice and its hint say so.
import { GRADIENT_CHOICES, type Choice } from '../experiment/lists';
import type { GradientName, TaskName } from '../experiment/types';

/** The exact choice's words under noise (short enough for the panel): what noisy models train by. */
export const NOISY_EXACT_LABEL = 'Exact (parameter shift under noise)';

/** The gradient choices as they behave: under noise the exact one is not the adjoint method. */
export function gradientChoices(noisy: boolean): readonly Choice<GradientName>[] {
  if (!noisy) return GRADIENT_CHOICES;
  return GRADIENT_CHOICES.map((c) => (c.value === 'adjoint' ? { ...c, label: NOISY_EXACT_LABEL } : c)); // prettier-ignore
}

/** Why the exact gradient is not adjoint under noise, and what `task`'s noisy model does instead. */
export function noisyExactHint(task: TaskName): string {
  const why = 'Noise cannot be run backwards, as the adjoint method needs: the exact gradient ';
  // workers/tasks/qaoa/noisyGradient.ts: forward derivatives, the shift rule's values.
  // workers/sim/noise/densityTape.ts: the QRNN's register is small enough to keep every state.
  if (task === 'sequence')
    return `${why}keeps the noisy state after each rotation and carries the measurement back through them (the QRNN's register is small enough).`;
  return task === 'qaoa'
    ? `${why}carries each angle’s derivative through the noisy run (the parameter-shift rule’s values).`
    : `${why}is the parameter-shift rule on the noisy state, two runs per angle.`;
}
