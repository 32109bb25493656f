// The loss and accuracy curves of the session's reports. Its own component, so that only the
// chart (not the results panel around it) re-renders with each report.
import { LossChart } from '../charts/LossChart';
import { epochReports } from '../store/runOf';
import { useLab } from '../store/store';

export function HistoryChart({ height }: { height: number }) {
  const history = useLab((s) => epochReports(s.history));
  const epochs = useLab((s) => s.experiment.training.epochs);
  return <LossChart history={history} epochs={epochs} height={height} />;
}
