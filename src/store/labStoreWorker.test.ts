// The store with the run worker (its in-process fake, running the worker's own handler): a large
// change goes to the worker and comes back equal to the page's own runLab, with the lanes it did
// not touch as the very same objects; the newest of quick changes wins; refusals still say why.
import { describe, expect, it } from 'vitest';
import { lab, time, type LabSettingsInput } from '../engine';
import { createLabStore } from './labStore';
import { fakeRunWorker, type FakeRunWorker } from './testing/fakeRunWorker';
import { manualScheduler, type ManualScheduler } from './testing/manualScheduler';

const MINUTE = time.MINUTE;
const runLab = lab.runLab;
const small: LabSettingsInput = { scenario: { rate: 30, duration: 30 * MINUTE } };

function workerStore(initial: LabSettingsInput = small, workerThreshold = 100) {
  const scheduler = manualScheduler();
  let worker: FakeRunWorker | null = null;
  const store = createLabStore(initial, {
    scheduler,
    runWorker: () => (worker = fakeRunWorker(scheduler)),
    workerThreshold,
  });
  return { store, scheduler, worker: () => worker };
}

/** Lets the fake worker answer and the page assemble (zero delays, then promise turns). */
async function settle(scheduler: ManualScheduler) {
  for (let i = 0; i < 50; i++) {
    scheduler.advance(0);
    await new Promise((r) => setImmediate(r));
  }
}

describe('lab store with the run worker', () => {
  it('computes a large change in the worker; the run equals runLab’s, kept lanes are the same objects', async () => {
    const { store, scheduler, worker } = workerStore();
    await settle(scheduler); // the worker computes the first run too
    const before = store.getState().run;
    store.getState().applySettings({ stream: { watermarkBound: 2 * MINUTE } });
    expect(store.getState().run).toBe(before);
    expect(store.getState().pending).toEqual({ orders: before.events.length, estimated: false });
    expect(store.getState().settings.stream.watermarkBound).toBe(2 * MINUTE);
    await settle(scheduler);
    const after = store.getState().run;
    expect(store.getState().pending).toBeNull();
    expect(after).not.toBe(before);
    expect(after).toStrictEqual(runLab(store.getState().settings));
    expect(after.events).toBe(before.events);
    expect(after.truth).toBe(before.truth);
    expect(after.batch).toBe(before.batch);
    expect(after.lanes.microbatch).toBe(before.lanes.microbatch);
    expect(after.lanes.request).toBe(before.lanes.request);
    expect(after.stream).not.toBe(before.stream);
    expect(worker()?.computed).toBe(2);
  });

  it('a new scenario brings its orders from the worker, rebuilt on the page', async () => {
    const { store, scheduler } = workerStore();
    store.getState().applySettings({ scenario: { seed: 99 } });
    expect(store.getState().pending?.estimated).toBe(true);
    await settle(scheduler);
    expect(store.getState().run).toStrictEqual(runLab(store.getState().settings));
  });

  it('the newest of three quick changes wins: two computations, the last settings shown', async () => {
    const { store, scheduler, worker } = workerStore();
    await settle(scheduler);
    const computed = worker()!.computed;
    for (const bound of [0, 30_000, 2 * MINUTE]) {
      store.getState().applySettings({ stream: { watermarkBound: bound } });
    }
    await settle(scheduler);
    expect(worker()!.computed - computed).toBe(2);
    expect(store.getState().settings.stream.watermarkBound).toBe(2 * MINUTE);
    expect(store.getState().run.settings.stream.watermarkBound).toBe(2 * MINUTE);
    expect(store.getState().run).toStrictEqual(runLab(store.getState().settings));
    expect(store.getState().pending).toBeNull();
  });

  it('a refused setting leaves the run and says why', async () => {
    const { store, scheduler } = workerStore();
    await settle(scheduler);
    const before = store.getState().run;
    store.getState().applySettings({ stream: { allowedLateness: -5 } });
    await settle(scheduler);
    expect(store.getState().notice).toBe('invalid stream.allowedLateness: -5 (must be >= 0)');
    expect(store.getState().run).toBe(before);
    expect(store.getState().settings).toBe(before.settings);
    expect(store.getState().pending).toBeNull();
  });

  it('keeps the playhead on the new timeline', async () => {
    const { store, scheduler } = workerStore();
    store.getState().seek(1e15);
    store.getState().applySettings({ scenario: { duration: 10 * MINUTE } });
    await settle(scheduler);
    const s = store.getState();
    expect(s.playhead).toBe(s.warp.to);
    expect(s.warp.to).toBe(s.run.timeline.to);
  });

  it('runs imported orders in the worker, sent once, and starts playback over', async () => {
    const { store, scheduler } = workerStore();
    const orders = runLab({ scenario: { rate: 20, duration: 20 * MINUTE, seed: 5 } }).events;
    store.getState().importOrders(orders, 'mine.csv');
    await settle(scheduler);
    expect(store.getState().imported?.name).toBe('mine.csv');
    expect(store.getState().run.events).toBe(orders);
    expect(store.getState().playhead).toBe(store.getState().warp.from);
    store.getState().applySettings({ stream: { watermarkBound: 0 } });
    await settle(scheduler);
    expect(store.getState().run.events).toBe(orders);
    expect(store.getState().run).toStrictEqual(
      runLab(store.getState().settings, undefined, orders),
    );
  });

  it('a small change while one is pending runs at once and drops the pending one', async () => {
    const { store, scheduler } = workerStore(small, 500);
    await settle(scheduler);
    store.getState().applySettings({ stream: { watermarkBound: 0 } }); // large: to the worker
    expect(store.getState().pending).not.toBeNull();
    store.getState().applySettings({ scenario: { rate: 5, duration: 10 * MINUTE } }); // small
    expect(store.getState().pending).toBeNull();
    const shown = store.getState().run;
    await settle(scheduler);
    expect(store.getState().run).toBe(shown);
    expect(shown.settings.scenario.rate).toBe(5);
  });

  it('keeps small scenarios on the page, synchronous', () => {
    const scheduler = manualScheduler();
    let made = 0;
    const store = createLabStore(small, {
      scheduler,
      runWorker: () => {
        made++;
        return fakeRunWorker(scheduler);
      },
    });
    store.getState().applySettings({ stream: { watermarkBound: 0 } });
    expect(store.getState().run.settings.stream.watermarkBound).toBe(0);
    expect(store.getState().pending).toBeNull();
    expect(made).toBe(0);
  });

  it('computes on the page when no worker can be made (a sandboxed embed may not start one)', () => {
    const store = createLabStore(small, {
      scheduler: manualScheduler(),
      runWorker: () => {
        throw new DOMException('no workers here', 'SecurityError');
      },
      workerThreshold: 100,
    });
    store.getState().applySettings({ stream: { watermarkBound: 0 } });
    expect(store.getState().pending).toBeNull();
    expect(store.getState().run.settings.stream.watermarkBound).toBe(0);
  });

  it('falls back to the page when the worker fails, computing what was pending', async () => {
    const { store, scheduler, worker } = workerStore();
    store.getState().applySettings({ stream: { watermarkBound: 0 } });
    expect(store.getState().pending).not.toBeNull();
    worker()!.onerror?.(new Event('error'));
    expect(store.getState().pending).toBeNull();
    expect(store.getState().run).toStrictEqual(runLab(store.getState().settings));
    await settle(scheduler); // whatever the broken worker still sends is ignored
    store.getState().applySettings({ stream: { watermarkBound: MINUTE } });
    expect(store.getState().pending).toBeNull();
    expect(store.getState().run.settings.stream.watermarkBound).toBe(MINUTE);
  });
});
