// "Scan bond length": VQE along a range of bond lengths in the worker, each point warm-started
// from the previous one, drawn as the dissociation curve beside Hartree–Fock and exact, with its
// table and CSV. A noisy session scans without noise and says so. Progress is shown as it comes;
// Cancel stops the worker. The scan runs as the store's job, so the run controls know it is running.
import { VQE_LIMITS } from '../../experiment/tasks/vqe/validate';
import type { ScanSettings } from '../../experiment/types';
import { NumberField } from '../../panels/fields/NumberField';
import { vqeReports } from '../../store/runOf';
import { useLab } from '../../store/store';
import { useExperimentOf } from '../../store/useExperimentOf';
import { DissociationChart } from './DissociationChart';
import { ScanTable } from './ScanTable';

export function ScanSection() {
  const scan = useExperimentOf('vqe', (e) => e.scan);
  const custom = useExperimentOf('vqe', (e) => e.problem.molecule === 'custom');
  const result = useLab((s) => s.pictures.scan ?? null);
  const status = useLab((s) => s.status);
  const editTask = useLab((s) => s.editTask);
  const stopped = useLab((s) => s.stopped !== null);
  const running = useLab((s) => s.job?.name === 'scan');
  // A noisy session still scans without noise (workers/tasks/vqe/runner.ts): say so.
  const noisy = useLab((s) => vqeReports(s.history)[0]?.ideal !== undefined);
  const { runJob, cancel } = useLab.getState();
  const set = (patch: Partial<ScanSettings>): void =>
    editTask('vqe', (e) => ({ ...e, scan: { ...e.scan, ...patch } }));
  const done = result ? result.rows.filter((r) => r.vqe !== null).length : 0;
  const why = custom
    ? 'A custom Hamiltonian has no bond length to scan.'
    : status === 'loading'
      ? 'Wait until the experiment is prepared.'
      : stopped
        ? 'The worker was stopped: press Prepare again first.'
        : null;
  const start = (): void => runJob('scan', scan, 'scanning the bond length');
  return (
    <section className="scan" aria-labelledby="scan-heading">
      <h3 id="scan-heading">Dissociation curve</h3>
      {noisy && (
        <p className="hint">
          The scan runs without noise: it draws the molecule’s ideal curve, from the ideal model’s
          parameters. The noise applies to the training above.
        </p>
      )}
      <div className="field-row">
        <NumberField
          label="From (Å)"
          value={scan.from}
          step={0.1}
          min={VQE_LIMITS.bondLength[0]}
          max={VQE_LIMITS.bondLength[1]}
          onCommit={(from) => set({ from: Math.min(from, scan.to - 0.05) })}
        />
        <NumberField
          label="To (Å)"
          value={scan.to}
          step={0.1}
          min={VQE_LIMITS.bondLength[0]}
          max={VQE_LIMITS.bondLength[1]}
          onCommit={(to) => set({ to: Math.max(to, scan.from + 0.05) })}
        />
        <NumberField
          label="Points"
          integer
          value={scan.points}
          min={VQE_LIMITS.scanPoints[0]}
          max={VQE_LIMITS.scanPoints[1]}
          onCommit={(points) => set({ points })}
        />
      </div>
      <div className="scan-controls">
        <button
          type="button"
          className="primary"
          disabled={running || why !== null}
          title={why ?? undefined}
          onClick={start}
        >
          Scan bond length
        </button>
        {running && (
          <>
            <span role="status">
              Scanning: {done} of {result?.rows.length ?? scan.points} bond lengths done…
            </span>
            <button type="button" onClick={cancel}>
              Cancel
            </button>
          </>
        )}
        {why && <span className="hint">{why}</span>}
      </div>
      {result && (
        <>
          <DissociationChart rows={result.rows} running={running} />
          <ScanTable rows={result.rows} />
        </>
      )}
    </section>
  );
}
