// Both models' decision boundaries side by side, sized to the room they have. Its own component,
// reading the pictures, so that only it (not the results panel around it) re-renders with each.
import { useRef } from 'react';
import { DecisionBoundary } from '../charts/DecisionBoundary';
import { useContainerWidth } from '../charts/useContainerWidth';
import { isNoisyExperiment } from '../experiment/noise';
import { schemaOf } from '../experiment/tasks/registry';
import { classifyInfo } from '../store/runOf';
import { useLab } from '../store/store';
import { useExperimentOf } from '../store/useExperimentOf';
import { useRoomBelow } from './useRoomBelow';

/**
 * Side of each decision-boundary plot: two per row when each gets MIN_PLOT px (a phone's column
 * included, so the models stay side by side), up to MAX_PLOT. With `room` (the embed: pixels from
 * the plots' top to the bottom of the first screen) the plots and their captions also fit in it.
 */
const MIN_PLOT = 140;
const MAX_PLOT = 320;
const PLOT_GAP = 16;
/** A plot's caption above its square, and a little margin below it, in px. */
const CAPTION = 32;
const BELOW = 8;

function boundarySize(width: number, room: number | null): number {
  const perRow = width >= 2 * MIN_PLOT + PLOT_GAP ? 2 : 1;
  const byWidth = Math.floor((width - PLOT_GAP * (perRow - 1)) / perRow);
  const byHeight = room === null ? Infinity : room - CAPTION - BELOW;
  return Math.max(120, Math.min(MAX_PLOT, byWidth, byHeight));
}

interface Props {
  showTest: boolean;
  discretize: boolean;
}

export function BoundaryPlots({ showTest, discretize }: Props) {
  const plots = useRef<HTMLDivElement>(null);
  const width = useContainerWidth(plots, undefined, 2 * MIN_PLOT + PLOT_GAP);
  const embed = useLab((s) => s.embed);
  const size = boundarySize(width, useRoomBelow(plots, embed));
  const info = useLab((s) => classifyInfo(s.info));
  const boundaries = useLab((s) => s.pictures.boundaries?.boundaries ?? null);
  const train = info?.train ?? EMPTY;
  const test = info?.test ?? EMPTY;
  const classes = info?.classes ?? 2;
  // Under noise the quantum plot is the noisy model's (the worker draws it from the density matrix).
  const noisy = useExperimentOf('classify', (e) =>
    isNoisyExperiment(e, schemaOf('classify').circuit(e)),
  );
  const quantum = noisy ? 'Quantum, noisy' : 'Quantum';
  return (
    <div className="boundaries" ref={plots}>
      {(['quantum', 'classical'] as const).map((m) => (
        <DecisionBoundary
          key={m}
          label={m === 'quantum' ? `${quantum} decision boundary` : 'Classical decision boundary'}
          title={m === 'quantum' ? quantum : 'Classical'}
          probs={boundaries ? boundaries[m] : null}
          resolution={boundaries?.resolution ?? 1}
          classes={classes}
          train={train}
          test={test}
          showTest={showTest}
          discretize={discretize}
          size={size}
        />
      ))}
    </div>
  );
}

const EMPTY = { x: new Float64Array(0), y: new Int32Array(0) };
