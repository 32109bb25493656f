// Saves a file made in the page (a picture, a table) through the browser's download.

/** How long the file's blob URL outlives the click: the browser reads it after the click returns. */
const KEEP_URL_MS = 10_000;

/** Starts the download of `blob` as `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), KEEP_URL_MS);
}
