// Messages between the page and the import worker.
import type { ImportIssue } from '../../engine';
import type { OrdersColumns } from '../../store/runWorker/orders';

export type ToWorker = { file: Blob };

export type FromWorker =
  | { kind: 'progress'; bytes: number; total: number; rows: number }
  | { kind: 'done'; format: string; columns: OrdersColumns }
  | { kind: 'invalid'; errors: ImportIssue[]; errorCount: number };
