// The page's side of the run worker: at most one request in flight and one queued, the newest
// replacing the queued one; a reply to settings that something newer superseded is dropped
// unread. A reply is a delta against the run the page and the worker both hold (`base`), so the
// page rebuilds only new parts and keeps its own objects, and its views' caches, for the rest.
import type { LabRun, LabSettings, OrderEvent } from '../../engine';
import { later, type Scheduler } from '../scheduler';
import { unpackSteps } from './codec';
import { ordersBuffers, ordersFromColumns, takeColumns } from './orders';
import type { FromRunWorker, ToRunWorker } from './protocol';

/** What the client needs of a Worker: the real one, or an in-process fake in tests. */
export interface WorkerLike {
  postMessage(message: ToRunWorker, transfer?: Transferable[]): void;
  onmessage: ((event: { data: FromRunWorker }) => void) | null;
  /** The worker failed (its script did not load, or it threw): it will answer nothing more. */
  onerror: ((event: unknown) => void) | null;
}

export interface RunClient<T> {
  /** Computes the run for `settings` (on `orders`, an imported file, when given). */
  request(settings: LabSettings, orders: OrderEvent[] | null, tag: T): void;
  /**
   * Has the worker compute the run the page is computing itself for `settings`, and keep it, so
   * the next request comes back as a delta against the page's `run()`.
   */
  prime(settings: LabSettings, orders: OrderEvent[] | null, run: () => LabRun): void;
  /** Forgets the queued request and drops the answer to the one in flight. */
  cancel(): void;
}

export interface RunClientOptions<T> {
  worker: WorkerLike;
  scheduler: Scheduler;
  /** The latest request's run, assembled; `tag` is what the request carried. */
  onRun(run: LabRun, tag: T): void;
  /** The engine refused the latest request's settings. */
  onRefused(message: string): void;
  /** The worker failed: nothing in flight will be answered, and later requests would not be. */
  onBroken(): void;
}

/** Orders rebuilt per task on the page (about 20 ms each on a slow laptop). */
const SLICE = 50_000;

interface Job<T> {
  id: number;
  settings: LabSettings;
  orders: OrderEvent[] | null;
  tag?: T;
  /** A prime's run: the page's own, for the same settings. */
  prime?: () => LabRun;
}

export function createRunClient<T>({
  worker,
  scheduler,
  onRun,
  onRefused,
  onBroken,
}: RunClientOptions<T>): RunClient<T> {
  let ids = 0;
  /** The request whose answer the page wants; null once answered or cancelled. */
  let latest: Job<T> | null = null;
  let inFlight: Job<T> | null = null;
  let queued: Job<T> | null = null;
  /** The run the page holds that the worker holds too, by the worker's generation number. */
  let base: { gen: number; run: LabRun } | null = null;
  let sentOrders: { orders: OrderEvent[]; token: number } | null = null;

  const post = (job: Job<T>) => {
    inFlight = job;
    let token: number | null = null;
    if (job.orders !== null) {
      // An imported file goes to the worker once, as columns, by transfer.
      if (sentOrders?.orders !== job.orders) {
        sentOrders = { orders: job.orders, token: job.id };
        const columns = takeColumns(job.orders);
        worker.postMessage({ kind: 'orders', token: job.id, columns }, ordersBuffers(columns));
      }
      token = sentOrders.token;
    }
    worker.postMessage({
      kind: 'run',
      id: job.id,
      settings: job.settings,
      base: base?.gen ?? null,
      imported: token,
      reply: job.prime === undefined,
    });
  };

  const submit = (job: Job<T>) => {
    if (inFlight === null) post(job);
    else queued = job;
  };

  /** The page's copy of a reply's run: orders rebuilt in slices that yield, then the parts. */
  const assemble = async (m: Extract<FromRunWorker, { kind: 'run' }>, job: Job<T>) => {
    const delta = m.delta!;
    if (m.base !== null && base?.gen !== m.base) throw new Error(`no base run ${m.base}`);
    const from = m.base === null ? undefined : base!.run;
    let events: OrderEvent[];
    if (delta.events === 'keep') events = from!.events;
    else if (delta.events === 'imported') events = job.orders!;
    else {
      events = [];
      const n = delta.events.ids.length;
      for (let i = 0; i < n; i += SLICE) {
        ordersFromColumns(delta.events, i, Math.min(n, i + SLICE), events);
        await later(scheduler, 0);
      }
    }
    // One task per new part: a watermark step unpacks two (the stream outcome and its lane).
    const steps = unpackSteps(delta, from, events);
    for (;;) {
      const step = steps.next();
      if (step.done === true) return step.value;
      await later(scheduler, 0);
    }
  };

  const receive = async (m: FromRunWorker) => {
    const job = inFlight!;
    try {
      if (m.kind === 'refused') {
        if (job === latest) {
          latest = null;
          onRefused(m.message);
        }
      } else if (job.prime !== undefined) {
        base = { gen: m.gen, run: job.prime() };
      } else if (job === latest) {
        const run = await assemble(m, job);
        // The worker now holds this run, whether or not the page still wants it.
        base = { gen: m.gen, run };
        // Showing the run re-renders every panel that follows it at once: a task of its own, not
        // the one that unpacked the last part (together over 100 ms after a million-row import).
        await later(scheduler, 0);
        if (job === latest) {
          latest = null;
          onRun(run, job.tag as T);
        }
      }
      // Else superseded or cancelled: dropped unread; the worker still holds the base it named.
    } catch (err) {
      // A run the page cannot assemble is a bug: say so where the notice goes, and in the console.
      if (job === latest) {
        latest = null;
        onRefused(`The lab could not show these settings (${String(err)}).`);
      }
      throw err;
    } finally {
      inFlight = null;
      const next = queued;
      queued = null;
      if (next !== null) post(next);
    }
  };

  worker.onmessage = (event) => void receive(event.data);
  worker.onerror = () => {
    latest = inFlight = queued = null;
    worker.onmessage = worker.onerror = null;
    onBroken();
  };

  return {
    request(settings, orders, tag) {
      latest = { id: ++ids, settings, orders, tag };
      submit(latest);
    },
    prime(settings, orders, run) {
      submit({ id: ++ids, settings, orders, prime: run });
    },
    cancel() {
      latest = null;
      queued = null;
    },
  };
}
