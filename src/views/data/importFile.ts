// Runs one import in a fresh worker and rebuilds the orders on the page in slices that yield
// between them (a zero delay on the lab store's scheduler), so neither reading nor rebuilding a
// large file is one long task.
import type { ImportIssue, OrderEvent } from '../../engine';
import { later, type Scheduler } from '../../store/scheduler';
import { ordersFromColumns, rememberColumns } from '../../store/runWorker/orders';
import type { FromWorker } from './protocol';

export type ImportOutcome =
  { ok: true; orders: OrderEvent[] } | { ok: false; errors: ImportIssue[]; errorCount: number };

export interface Progress {
  bytes: number;
  total: number;
  rows: number;
}

/** Orders rebuilt per slice on the page (about 20 ms of work each). */
const SLICE = 50_000;

/**
 * Reads and validates `file`; `signal` aborts it (the worker is terminated). The page gets a turn
 * between slices through `scheduler`.
 */
export function importFile(
  file: Blob,
  scheduler: Scheduler,
  onProgress: (p: Progress) => void,
  signal?: AbortSignal,
): Promise<ImportOutcome> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
    signal?.addEventListener('abort', () => {
      worker.terminate();
      reject(new DOMException('import cancelled', 'AbortError'));
    });
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'the import worker failed'));
    };
    worker.onmessage = async (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if (m.kind === 'progress') {
        onProgress(m);
        return;
      }
      worker.terminate();
      if (m.kind === 'invalid') {
        resolve({ ok: false, errors: m.errors, errorCount: m.errorCount });
        return;
      }
      const orders: OrderEvent[] = [];
      const n = m.columns.ids.length;
      for (let from = 0; from < n; from += SLICE) {
        ordersFromColumns(m.columns, from, Math.min(n, from + SLICE), orders);
        if (from + SLICE < n) await later(scheduler, 0);
      }
      // The run worker takes these very columns if the lab sends it the file.
      rememberColumns(orders, m.columns);
      resolve({ ok: true, orders });
    };
    worker.postMessage({ file });
  });
}
