// Saves text or a blob as a file through a temporary link: the browser's own download, no server.

/** Saves a blob as a download named `name`. */
export function saveBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Offers `text` as a download named `name`. */
export function downloadText(name: string, text: string, type: string): void {
  saveBlob(name, new Blob([text], { type }));
}
