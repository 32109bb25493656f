// The loss and accuracy curves of the session's reports. Its own component, so that only the
// chart (not the results panel around it) re-renders with each report.
import { LossChart } from '../charts/LossChart';
import { epochReports } from '../store/runOf';
import { useLab } from '../store/store';

export function HistoryChart({ height }: { height: number }) {
  const history = useLab((s) => epochReports(s.history));
  const epochs = useLab((s) => s.experiment.training.epochs);
  // The ideal twin adds a legend row and a pair of curves close to the noisy ones: more room.
  const twin = history.at(-1)?.ideal !== undefined;
  return <LossChart history={history} epochs={epochs} height={twin ? height + 60 : height} />;
}
