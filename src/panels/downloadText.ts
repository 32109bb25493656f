// Saving text the page made (a CSV of results) as a file, through the browser's download.

/** Saves `text` as a file named `filename` through the browser's download (an object URL). */
export function downloadText(filename: string, text: string, mime = 'text/csv'): void {
  const blob = new Blob([text], { type: `${mime};charset=utf-8` });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = filename;
  a.click();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
