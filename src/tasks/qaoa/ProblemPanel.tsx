// The optimisation task's problem: a graph to cut (a preset, or drawn by hand in the model
// column), a portfolio (generated assets or the user's CSV of returns), cars on a road network,
// or a QUBO/Ising model the user writes.
import { parseQuboText } from '../../experiment/tasks/qaoa/quboText';
import { parseReturnsCsv } from '../../experiment/tasks/qaoa/returnsCsv';
import { QAOA_LIMITS } from '../../experiment/tasks/qaoa/validate';
import {
  GRAPH_CHOICES,
  PROBLEM_KIND_CHOICES,
  TRAFFIC_CHOICES,
} from '../../experiment/tasks/qaoa/types';
import type {
  CustomProblem,
  GraphPreset,
  MaxCutProblem,
  PortfolioProblem,
  ProblemKind,
  QaoaProblem,
  TrafficPreset,
  TrafficProblem,
} from '../../experiment/types';
import { DraftTextArea } from '../../panels/fields/DraftTextArea';
import { NumberField } from '../../panels/fields/NumberField';
import { SelectField } from '../../panels/fields/SelectField';
import { Toggle } from '../../panels/fields/Toggle';
import { useLab } from '../../store/store';
import { useExperimentOf } from '../../store/useExperimentOf';
import { PenaltyField } from './PenaltyField';
import { ReturnsFile } from './ReturnsFile';
import { withGraph, withProblem, withProblemKind } from './qaoaEdits';

const RANDOM_GRAPHS: readonly GraphPreset[] = ['regular3', 'erdos'];

function useSetProblem(): (p: QaoaProblem) => void {
  const editTask = useLab((s) => s.editTask);
  return (p) => editTask('qaoa', (e) => withProblem(e, p));
}

/** The seed of a random graph, of random weights or of generated assets. */
function SeedField({ value, onCommit }: { value: number; onCommit(seed: number): void }) {
  return (
    <NumberField
      label="Seed"
      info="seed"
      integer
      value={value}
      min={QAOA_LIMITS.seed[0]}
      max={QAOA_LIMITS.seed[1]}
      onCommit={onCommit}
    />
  );
}

function MaxCutFields({ p }: { p: MaxCutProblem }) {
  const set = useSetProblem();
  const fixedSize = p.graph === 'petersen' || p.graph === 'drawn';
  return (
    <>
      <div className="field-row">
        <SelectField<GraphPreset>
          label="Graph"
          value={p.graph}
          options={GRAPH_CHOICES}
          onChange={(g) => set(withGraph(p, g))}
        />
        {!fixedSize && (
          <NumberField
            label="Nodes"
            integer
            value={p.nodes}
            min={QAOA_LIMITS.nodes[0]}
            max={QAOA_LIMITS.nodes[1]}
            onCommit={(nodes) => set({ ...p, nodes })}
          />
        )}
      </div>
      {p.graph !== 'drawn' && (
        <div className="field-row">
          {(RANDOM_GRAPHS.includes(p.graph) || p.weighted) && (
            <SeedField value={p.seed} onCommit={(seed) => set({ ...p, seed })} />
          )}
          {p.graph === 'erdos' && (
            <NumberField
              label="Edge probability"
              value={p.probability}
              step={0.05}
              min={QAOA_LIMITS.probability[0]}
              max={QAOA_LIMITS.probability[1]}
              onCommit={(probability) => set({ ...p, probability })}
            />
          )}
          <Toggle
            label="Random weights 1–5"
            checked={p.weighted}
            onChange={(weighted) => set({ ...p, weighted })}
          />
        </div>
      )}
      {p.graph === 'drawn' && (
        <p className="hint">Draw the graph in the editor beside the settings.</p>
      )}
    </>
  );
}

function PortfolioFields({ p }: { p: PortfolioProblem }) {
  const set = useSetProblem();
  const own = p.returns !== '';
  return (
    <>
      <div className="field-row">
        <NumberField
          label="Assets"
          integer
          value={p.assets}
          min={QAOA_LIMITS.assets[0]}
          max={QAOA_LIMITS.assets[1]}
          disabled={own}
          onCommit={(assets) => set({ ...p, assets, budget: Math.min(p.budget, assets - 1) })}
        />
        <NumberField
          label="Budget (assets to choose)"
          integer
          value={p.budget}
          min={1}
          max={p.assets - 1}
          onCommit={(budget) => set({ ...p, budget })}
        />
        <NumberField
          label="Risk aversion q"
          value={p.risk}
          step={0.1}
          min={QAOA_LIMITS.risk[0]}
          max={QAOA_LIMITS.risk[1]}
          onCommit={(risk) => set({ ...p, risk })}
        />
        {!own && <SeedField value={p.seed} onCommit={(seed) => set({ ...p, seed })} />}
      </div>
      <ReturnsFile
        returns={p.returns}
        onLoad={(returns, assets) =>
          set({ ...p, returns, assets, budget: Math.min(p.budget, assets - 1) })
        }
        onClear={() => set({ ...p, returns: '' })}
        check={parseReturnsCsv}
      />
      <PenaltyField value={p.penalty} onCommit={(penalty) => set({ ...p, penalty })} />
    </>
  );
}

function TrafficFields({ p }: { p: TrafficProblem }) {
  const set = useSetProblem();
  return (
    <>
      <SelectField<TrafficPreset>
        label="Road network"
        info="traffic"
        wide
        value={p.preset}
        options={TRAFFIC_CHOICES}
        onChange={(preset) => set({ ...p, preset })}
      />
      <PenaltyField value={p.penalty} onCommit={(penalty) => set({ ...p, penalty })} />
    </>
  );
}

function CustomFields({ p }: { p: CustomProblem }) {
  const set = useSetProblem();
  return (
    <DraftTextArea
      label="QUBO or Ising model"
      info="qubo"
      rows={4}
      value={p.text}
      multiline
      check={(text) => {
        const q = parseQuboText(text, QAOA_LIMITS.customQubits[1]);
        if (!q.ok) return q;
        const what =
          q.form === 'matrix' ? 'QUBO matrix' : q.form === 'qubo' ? 'QUBO terms' : 'Ising terms';
        return {
          ok: true,
          summary: `${what} on ${q.n} qubit${q.n === 1 ? '' : 's'}, minimised. A matrix (rows of numbers), QUBO terms such as 3 x0 x1 − 2 x2, or Ising terms such as 0.5 Z0 Z1 − Z2; it applies when you leave the box.`,
        };
      }}
      onCommit={(text) => set({ ...p, text })}
    />
  );
}

export function QaoaProblemPanel() {
  const problem = useExperimentOf('qaoa', (e) => e.problem);
  const editTask = useLab((s) => s.editTask);
  return (
    <section className="panel" aria-labelledby="problem-heading">
      <h2 id="problem-heading">Problem</h2>
      <SelectField<ProblemKind>
        label="Kind of problem"
        info={
          problem.kind === 'maxcut'
            ? 'maxcut'
            : problem.kind === 'portfolio'
              ? 'portfolio'
              : problem.kind === 'traffic'
                ? 'traffic'
                : 'qubo'
        }
        wide
        value={problem.kind}
        options={PROBLEM_KIND_CHOICES}
        onChange={(kind) => editTask('qaoa', (e) => withProblemKind(e, kind))}
      />
      {problem.kind === 'maxcut' && <MaxCutFields p={problem} />}
      {problem.kind === 'portfolio' && <PortfolioFields p={problem} />}
      {problem.kind === 'traffic' && <TrafficFields p={problem} />}
      {problem.kind === 'custom' && <CustomFields p={problem} />}
    </section>
  );
}
