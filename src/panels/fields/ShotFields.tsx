// The fields of a run measured shot by shot: how many shots, over how many rounds (one a step of
// Play), and the seed that makes a link draw the same shots (the sandbox's Measure panel, the
// matrix-multiplication task's Shots panel).
import { LIMITS } from '../../experiment/limits';
import { NumberField } from './NumberField';

type Range = readonly [number, number];

interface Props {
  shots: number;
  rounds: number;
  seed: number;
  shotsLabel: string;
  shotLimits: Range;
  roundLimits: Range;
  /** The arrows' step of the shots field. */
  shotStep: number;
  /** Rounds and seed mean nothing (no shots are drawn). */
  exact?: boolean;
  onShots(n: number): void;
  onRounds(n: number): void;
  onSeed(n: number): void;
}

export function ShotFields(p: Props) {
  return (
    <>
      <div className="field-row">
        <NumberField
          label={p.shotsLabel}
          info="shots"
          integer
          value={p.shots}
          min={p.shotLimits[0]}
          max={p.shotLimits[1]}
          step={p.shotStep}
          onCommit={p.onShots}
        />
        <NumberField
          label="Rounds"
          integer
          value={p.rounds}
          min={p.roundLimits[0]}
          max={p.roundLimits[1]}
          disabled={p.exact}
          onCommit={p.onRounds}
        />
      </div>
      <NumberField
        label="Seed of the shots"
        info="seed"
        integer
        value={p.seed}
        min={LIMITS.seed[0]}
        max={LIMITS.seed[1]}
        disabled={p.exact}
        onCommit={p.onSeed}
      />
    </>
  );
}
