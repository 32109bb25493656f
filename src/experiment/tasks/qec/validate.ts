// Checks of an error-correction lesson's own sections, field by field, for validateExperiment.

import type { Checker } from '../../checker';
import { type Obj } from '../../checker';
import { checkTrainingCore, checkViewCore } from '../../commonChecks';
import {
  QEC_CHANNEL_CHOICES,
  QEC_CODE_CHOICES,
  QEC_HIDEABLE_CHOICES,
  type QecExperiment,
  type QecSettings,
} from './types';
import { choiceValues } from '../../lists';

export const QEC_LIMITS = {
  p: [0, 1],
  pMax: [0.05, 1],
  /** Points of the sweep (training.epochs). */
  points: [2, 101],
} as const;

function checkCode(c: Checker, v: unknown): QecSettings {
  const o = c.obj(v, 'code', 'Code');
  return {
    kind: c.pick(o, 'kind', 'code.kind', 'code', choiceValues(QEC_CODE_CHOICES)),
    channel: c.pick(
      o,
      'channel',
      'code.channel',
      'noise channel',
      choiceValues(QEC_CHANNEL_CHOICES),
    ),
    p: c.num(o, 'p', 'code.p', 'physical error probability', QEC_LIMITS.p, false),
    pMax: c.num(o, 'pMax', 'code.pMax', 'largest p of the sweep', QEC_LIMITS.pMax, false),
  };
}

export function checkQec(c: Checker, o: Obj): Omit<QecExperiment, 'version' | 'task' | 'weights'> {
  const code = checkCode(c, o.code);
  const t = c.obj(o.training, 'training', 'Training');
  const training = checkTrainingCore(c, t, 'points of the sweep');
  const [lo, hi] = QEC_LIMITS.points;
  if (training.epochs < lo || training.epochs > hi)
    c.bad('training.epochs', 'Points of the sweep', `a whole number from ${lo} to ${hi}`, training.epochs); // prettier-ignore
  const view = checkViewCore(c, c.obj(o.view, 'view', 'View'), choiceValues(QEC_HIDEABLE_CHOICES));
  return { code, training, view };
}
