// The lab page: the open task's settings on the left, its models in the middle, results on the
// right (each from the task registry, src/tasks/registry.ts). With `?embed`, only the run
// controls and the results (for an iframe on a course page). A task's panels may still be loading
// (tasks/lazyPanel.ts): each column then shows a loading panel where they will be.
import { Suspense, useRef } from 'react';
import { ClassroomDialog } from '../panels/ClassroomDialog';
import { LessonBuilder } from '../panels/lessons/LessonBuilder';
import { LessonPanel } from '../panels/lessons/LessonPanel';
import { LessonsMenu } from '../panels/lessons/LessonsMenu';
import { usePresentingBar } from '../panels/lessons/usePresentingBar';
import { useLessonHighlight } from '../panels/lessons/useLessonHighlight';
import '../panels/lessons/lessons.css';
import { ExportCircuitDialog } from '../panels/exchange/ExportCircuitDialog';
import { ImportCircuitDialog } from '../panels/exchange/ImportCircuitDialog';
import { EditorSection } from '../panels/EditorSection';
import { TaskField } from '../panels/fields/TaskField';
import { NoticeBanner } from '../panels/NoticeBanner';
import { RunControls } from '../panels/RunControls';
import { ShareControls } from '../panels/ShareControls';
import { TASK_SCHEMAS, schemaFor } from '../experiment/tasks/registry';
import { useLab } from '../store/store';
import { PanelLoading } from '../tasks/PanelLoading';
import { TASK_UIS } from '../tasks/registry';
import { useUndoKeys } from './useUndoKeys';
import { useUrlSync } from './useUrlSync';

/** This page without `?embed`, in a tab of its own: the whole playground, the same experiment. */
function openInPlayground(): string {
  const query = new URLSearchParams(location.search);
  query.delete('embed');
  const q = query.toString();
  return `${location.pathname}${q ? `?${q}` : ''}${location.hash}`;
}

export function App() {
  useUrlSync();
  useUndoKeys();
  const embed = useLab((s) => s.embed);
  const task = useLab((s) => s.experiment.task);
  const hidden = useLab((s) => s.experiment.view.hidden as readonly string[]);
  const circuit = useLab((s) => schemaFor(s.experiment).circuit(s.experiment));
  const ui = TASK_UIS[task];
  const features = useLab((s) => TASK_UIS[s.experiment.task].features(s.experiment));
  const step = TASK_SCHEMAS[task].step.one;
  const settings = ui.settings.filter((p) => !hidden.includes(p.hide));
  const { Model, Results } = ui;
  const locked = useLab((s) => s.experiment.view.locked);
  const presenting = useLab((s) => s.presenting && s.lesson !== null);
  const highlight = useLab((s) => s.lesson?.lesson.steps[s.lesson.step]?.highlight);
  const page = useRef<HTMLDivElement>(null);
  // The bar's height first: a step presented scrolls its panel in under it.
  usePresentingBar(page, presenting);
  useLessonHighlight(
    page,
    highlight,
    settings.map((p) => p.hide),
    presenting,
  );
  const edit = (): void => {
    const { lesson, setDraft, setBuilding } = useLab.getState();
    if (lesson) setDraft(structuredClone(lesson.lesson));
    setBuilding(true);
  };

  if (embed) {
    return (
      <div className="lab embed" ref={page}>
        <header className="lab-header">
          <RunControls />
          <a
            className="open-full"
            href={openInPlayground()}
            target="_blank"
            rel="noopener"
            onClick={(e) => (e.currentTarget.href = openInPlayground())}
          >
            Open in the playground
          </a>
        </header>
        <NoticeBanner />
        <main>
          <h1 className="visually-hidden">QML Playground: {TASK_SCHEMAS[task].label}</h1>
          <LessonPanel />
          <Suspense fallback={<PanelLoading />}>
            <Results />
          </Suspense>
        </main>
      </div>
    );
  }
  return (
    <div className={presenting ? 'lab presenting' : 'lab'} ref={page}>
      <header className="lab-header">
        <div>
          <div className="title-row">
            <h1 className={presenting ? 'visually-hidden' : undefined}>QML Playground</h1>
            <div className="task-picker">
              <TaskField />
            </div>
          </div>
          <p className="subtitle intro">
            Quantum machine learning, simulated in your browser. {ui.subtitle}
            <br />
            Press <strong>Play</strong> to train, and watch the results change {step} by {step};
            change any setting and train again. The <i>i</i> buttons explain the terms.
          </p>
        </div>
        <RunControls />
        <div className="header-tools">
          <LessonsMenu />
          <ShareControls />
          <ImportCircuitDialog />
          <ExportCircuitDialog />
          <ClassroomDialog />
        </div>
      </header>
      <NoticeBanner />
      <LessonPanel onEdit={locked ? undefined : edit} />
      {!locked && <LessonBuilder />}
      {circuit && <EditorSection circuit={circuit} features={features} />}
      <main className={settings.length > 0 ? 'lab-grid' : 'lab-grid no-left'}>
        {settings.length > 0 && (
          <div className="column" data-part="settings">
            {settings.map(({ hide, Panel }) => (
              <Suspense key={hide} fallback={<PanelLoading />}>
                <Panel />
              </Suspense>
            ))}
          </div>
        )}
        <div className="column" data-part="model">
          <Suspense fallback={<PanelLoading />}>
            <Model />
          </Suspense>
        </div>
        {/* Presenting, the results column scrolls on its own (lessons.css): keys can scroll it. */}
        <div
          className="column wide"
          data-part="results"
          {...(presenting && { tabIndex: 0, role: 'region', 'aria-label': 'Results column' })}
        >
          <Suspense fallback={<PanelLoading />}>
            <Results />
          </Suspense>
        </div>
      </main>
    </div>
  );
}
