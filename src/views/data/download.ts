// Saves text or a blob as a file through a temporary link: the browser's own download, no server.
// The link's object URL is revoked a second later, on the lab store's scheduler.
import type { Scheduler } from '../../store/scheduler';

/** Saves a blob as a download named `name`. */
export function saveBlob(name: string, blob: Blob, scheduler: Scheduler): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke after the click has been handled, or some browsers cancel the download.
  scheduler.after(1000, () => URL.revokeObjectURL(url));
}

/** Offers `text` as a download named `name`. */
export function downloadText(name: string, text: string, type: string, scheduler: Scheduler): void {
  saveBlob(name, new Blob([text], { type }), scheduler);
}
