// Sharing and keeping work: undo/redo, copy the link and export the experiment as a JSON file
// (both optionally with the trained weights), import a file. The link box follows the
// experiment: after an edit it holds the link to the edited one.
import { useState } from 'react';
import { experimentUrl } from '../app/shareLinks';
import { experimentFromFile, experimentToFile } from '../experiment/file';
import type { Experiment, Weights } from '../experiment/types';
import { useLab } from '../store/store';
import { FileButton } from './FileButton';

/** Largest experiment file accepted (the codec checks again after reading). */
const MAX_FILE_BYTES = 1_000_000;

/** The experiment with these trained weights, if any. */
const carrying = (e: Experiment, weights: Weights | null): Experiment =>
  weights ? { ...e, weights } : e;

export function ShareControls() {
  const canUndo = useLab((s) => s.past.length > 0);
  const canRedo = useLab((s) => s.future.length > 0);
  const [withWeights, setWithWeights] = useState(false);
  /** The link copied last: with weights only for the experiment they were trained in. */
  const [copied, setCopied] = useState<{ experiment: Experiment; weights: Weights | null } | null>(
    null,
  );
  const experiment = useLab((s) => s.experiment);
  const embed = useLab((s) => s.embed);
  const { undo, redo, notify, replaceExperiment } = useLab.getState();
  /** The session's trained weights when the box is ticked (else null). */
  const trained = (): Promise<Weights | null> =>
    withWeights ? useLab.getState().trainedWeights() : Promise.resolve(null);
  const sameWeights = copied?.experiment === experiment ? copied.weights : null;
  const link = copied ? experimentUrl(location, carrying(experiment, sameWeights), embed) : null;

  const copyLink = async (): Promise<void> => {
    const current = useLab.getState().experiment;
    const weights = await trained();
    setCopied({ experiment: current, weights });
    const url = experimentUrl(location, carrying(current, weights), embed);
    try {
      await navigator.clipboard.writeText(url);
      notify({ kind: 'info', message: `Link copied (${url.length} characters).` });
    } catch {
      notify({ kind: 'info', message: 'Copy the link from the box below the buttons.' });
    }
  };

  const exportFile = async (): Promise<void> => {
    const blob = new Blob(
      [experimentToFile(carrying(useLab.getState().experiment, await trained()))],
      {
        type: 'application/json',
      },
    );
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'experiment.qml.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };

  const importFile = async (file: File): Promise<void> => {
    if (file.size > MAX_FILE_BYTES) {
      notify({
        kind: 'error',
        message: `“${file.name}” is ${(file.size / 1e6).toFixed(1)} MB; experiment files are at most 1 MB.`,
      });
      return;
    }
    const r = experimentFromFile(await file.text());
    if (!r.ok) {
      notify({ kind: 'error', message: `“${file.name}” could not be opened: ${r.error.message}` });
      return;
    }
    const { weights, ...experiment } = r.value;
    replaceExperiment(experiment);
    if (weights) useLab.getState().setPendingWeights(weights);
    notify({ kind: 'info', message: `Opened “${file.name}”.` });
  };

  return (
    <div className="share">
      <div className="share-row" role="toolbar" aria-label="Edit and share">
        <button type="button" onClick={undo} disabled={!canUndo} title="Undo (Ctrl+Z)">
          Undo
        </button>
        <button type="button" onClick={redo} disabled={!canRedo} title="Redo (Ctrl+Shift+Z)">
          Redo
        </button>
        <button type="button" onClick={() => void copyLink()}>
          Copy link
        </button>
        <label className="toggle">
          <input
            type="checkbox"
            checked={withWeights}
            onChange={(e) => setWithWeights(e.target.checked)}
          />
          include trained weights
        </label>
        <button type="button" onClick={() => void exportFile()}>
          Save file
        </button>
        <FileButton
          accept=".json,application/json"
          inputLabel="Experiment file"
          onFile={(f) => void importFile(f)}
        >
          Open file
        </FileButton>
      </div>
      {link && (
        <input
          className="link-box"
          readOnly
          value={link}
          aria-label="Link to this experiment"
          onFocus={(e) => e.target.select()}
        />
      )}
    </div>
  );
}
