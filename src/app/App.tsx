// The lab page: data and training on the left, the models in the middle, results on the right.
import { DataPanel } from '../panels/DataPanel';
import { ModelPanel } from '../panels/ModelPanel';
import { ResultsPanel } from '../panels/ResultsPanel';
import { RunControls } from '../panels/RunControls';
import { TrainingPanel } from '../panels/TrainingPanel';
import { useLab } from '../store/store';
import { useTrainingSync } from './useTrainingSync';

export function App() {
  useTrainingSync();
  const error = useLab((s) => s.error);
  const dismiss = useLab((s) => s.dismissError);
  return (
    <div className="lab">
      <header className="lab-header">
        <div>
          <h1>QML Playground</h1>
          <p className="subtitle">
            A quantum classifier and a classical one, trained side by side on the same data.
          </p>
        </div>
        <RunControls />
      </header>
      {error && (
        <div role="alert" className="error banner">
          <span>{error}</span>
          <button type="button" onClick={dismiss} aria-label="Dismiss the message">
            ×
          </button>
        </div>
      )}
      <main className="lab-grid">
        <div className="column">
          <DataPanel />
          <TrainingPanel />
        </div>
        <div className="column">
          <ModelPanel />
        </div>
        <div className="column wide">
          <ResultsPanel />
        </div>
      </main>
    </div>
  );
}
