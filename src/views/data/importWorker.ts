// The import worker: reads the file in chunks, validates every line with the engine's reader and
// reports progress, so a million-row file never blocks the page. Only a fully valid file comes
// back, as transferable columns.
import { io } from '../../engine';
import { ordersBuffers, ordersToColumns } from '../../store/runWorker/orders';
import type { FromWorker, ToWorker } from './protocol';

const post = (message: FromWorker, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(message, transfer);

/** Progress at most this often (bytes), so messages stay cheap. */
const PROGRESS_EVERY = 256 * 1024;

self.onmessage = async (event: MessageEvent<ToWorker>) => {
  const { file } = event.data;
  const reader = io.createEventImport();
  // Invalid UTF-8 becomes U+FFFD, which the reader reports as binary data with its line number.
  const decoder = new TextDecoder('utf-8');
  const stream = file.stream().getReader();
  let bytes = 0;
  let reported = 0;
  post({ kind: 'progress', bytes: 0, total: file.size, rows: 0 });
  for (;;) {
    const { done, value } = await stream.read();
    if (done) break;
    bytes += value.byteLength;
    reader.push(decoder.decode(value, { stream: true }));
    if (bytes - reported >= PROGRESS_EVERY) {
      reported = bytes;
      post({ kind: 'progress', bytes, total: file.size, rows: reader.rows });
    }
  }
  reader.push(decoder.decode());
  const result = reader.end();
  post({ kind: 'progress', bytes: file.size, total: file.size, rows: reader.rows });
  if (!result.ok) {
    post({ kind: 'invalid', errors: result.errors, errorCount: result.errorCount });
    return;
  }
  const columns = ordersToColumns(result.events);
  post({ kind: 'done', format: result.format, columns }, ordersBuffers(columns));
};
