// Sharing and keeping work: undo/redo, copy the link (optionally with trained weights), export
// and import the experiment as a JSON file.
import { useRef, useState } from 'react';
import { linkHash } from '../experiment/codec';
import { experimentFromFile, experimentToFile } from '../experiment/file';
import { useLab } from '../store/store';

/** Largest experiment file accepted (the codec checks again after reading). */
const MAX_FILE_BYTES = 1_000_000;

export function ShareControls() {
  const canUndo = useLab((s) => s.past.length > 0);
  const canRedo = useLab((s) => s.future.length > 0);
  const [withWeights, setWithWeights] = useState(false);
  const [link, setLink] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const { undo, redo, notify, replaceExperiment } = useLab.getState();

  const copyLink = async (): Promise<void> => {
    const experiment = useLab.getState().experiment;
    const weights = withWeights ? await useLab.getState().trainedWeights() : null;
    const url = `${location.origin}${location.pathname}${location.search}${linkHash(weights ? { ...experiment, weights } : experiment)}`;
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      notify({ kind: 'info', message: `Link copied (${url.length} characters).` });
    } catch {
      notify({ kind: 'info', message: 'Copy the link from the box below the buttons.' });
    }
  };

  const exportFile = (): void => {
    const blob = new Blob([experimentToFile(useLab.getState().experiment)], {
      type: 'application/json',
    });
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
        <button type="button" onClick={exportFile}>
          Export
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Import
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label="Experiment file"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) void importFile(f);
          }}
        />
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
