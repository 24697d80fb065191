// Messages between the page and the run worker. The worker keeps the runs it computed (by
// generation number), so a request names the one the page also holds (`base`) and the reply is a
// delta against it (codec.ts).
import type { LabSettings } from '../../engine';
import type { RunDelta } from './codec';
import type { OrdersColumns } from './orders';

export type ToRunWorker =
  /** An imported file's orders, sent once; runs name them by `token`. */
  | { kind: 'orders'; token: number; columns: OrdersColumns }
  | {
      kind: 'run';
      id: number;
      settings: LabSettings;
      /** The generation the page holds a copy of, or null. */
      base: number | null;
      /** The imported orders to run on (their token), or null for generated ones. */
      imported: number | null;
      /** False: compute and keep the run without sending it (the page computed it too). */
      reply: boolean;
    };

export type FromRunWorker =
  | { kind: 'run'; id: number; gen: number; base: number | null; delta: RunDelta | null }
  /** The engine refused the settings (EngineInputError): the message says why. */
  | { kind: 'refused'; id: number; message: string };
