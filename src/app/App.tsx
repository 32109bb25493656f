// The lab page: data and training on the left, the models in the middle, results on the right.
// With `?embed`, only the run controls and the results (for an iframe on a course page).
import { ClassroomDialog } from '../panels/ClassroomDialog';
import { DataPanel } from '../panels/DataPanel';
import { EditorSection } from '../panels/EditorSection';
import { ModelPanel } from '../panels/ModelPanel';
import { NoticeBanner } from '../panels/NoticeBanner';
import { ResultsPanel } from '../panels/ResultsPanel';
import { RunControls } from '../panels/RunControls';
import { ShareControls } from '../panels/ShareControls';
import { TrainingPanel } from '../panels/TrainingPanel';
import { useLab } from '../store/store';
import { useTrainingSync } from './useTrainingSync';
import { useUndoKeys } from './useUndoKeys';
import { useUrlSync } from './useUrlSync';

export function App() {
  useTrainingSync();
  useUrlSync();
  useUndoKeys();
  const embed = useLab((s) => s.embed);
  const hidden = useLab((s) => s.experiment.view.hidden);
  const model = useLab((s) => s.experiment.model);
  const show = (h: (typeof hidden)[number]): boolean => !hidden.includes(h);
  // With data and training both hidden (Classroom), the left column goes and the others widen.
  const left = show('data') || show('training');

  if (embed) {
    return (
      <div className="lab embed">
        <header className="lab-header">
          <RunControls />
        </header>
        <NoticeBanner />
        <ResultsPanel />
      </div>
    );
  }
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
        <div className="header-tools">
          <ShareControls />
          <ClassroomDialog />
        </div>
      </header>
      <NoticeBanner />
      {model.kind === 'circuit' && <EditorSection circuit={model.circuit} />}
      <main className={left ? 'lab-grid' : 'lab-grid no-left'}>
        {left && (
          <div className="column">
            {show('data') && <DataPanel />}
            {show('training') && <TrainingPanel />}
          </div>
        )}
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
