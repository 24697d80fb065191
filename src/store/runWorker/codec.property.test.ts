// The run codec on real runLab outputs of small random scenarios: what the page assembles from a
// packed delta (sent through structuredClone with its buffers transferred, as postMessage does)
// deep-equals the run the worker computed; parts the delta keeps are the page's very objects, and
// every order reference points into the page's own events array.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  lab,
  time,
  type LabRun,
  type LabSettingsInput,
  type OrderEvent,
  type WindowSpec,
} from '../../engine';
import { packRun, unpackRun, type RunDelta } from './codec';
import { allOrders } from './orders';

const MINUTE = time.MINUTE;
const runLab = lab.runLab;

const scenario = fc.record({
  seed: fc.integer({ min: 1, max: 1000 }),
  rate: fc.integer({ min: 5, max: 40 }),
  duration: fc.constantFrom(10, 20, 30).map((m) => m * MINUTE),
  products: fc.integer({ min: 1, max: 5 }),
  lateShare: fc.constantFrom(0, 0.2, 0.6),
  regions: fc.constantFrom(1, 3),
});
const window = fc.constantFrom<WindowSpec>(
  { kind: 'tumbling', size: 5 * MINUTE },
  { kind: 'sliding', size: 10 * MINUTE, slide: 5 * MINUTE },
  { kind: 'session', gap: 2 * MINUTE },
);
const stream = fc.record({
  watermarkBound: fc.constantFrom(0, 30_000, 2 * MINUTE),
  allowedLateness: fc.constantFrom(0, MINUTE),
  accumulation: fc.constantFrom('accumulating', 'discarding', 'retracting' as const),
  flavour: fc.constantFrom('flink', 'kafka-streams' as const),
  idleTimeout: fc.constantFrom(null, 30_000),
});
const microBatch = fc.record({
  outputMode: fc.constantFrom('append', 'update', 'complete' as const),
  triggerInterval: fc.constantFrom(30_000, MINUTE),
});
const settings = fc.record({
  scenario,
  window,
  stream,
  microBatch,
  batch: fc.record({ schedule: fc.constantFrom('nightly', 'hourly' as const) }),
});

/** What postMessage does to a delta: a structured clone, its buffers moved. */
function send(delta: RunDelta, transfer: ArrayBuffer[]): RunDelta {
  return structuredClone(delta, { transfer });
}

/** The page's side: the events a delta names, then the run. */
function assemble(delta: RunDelta, base: LabRun | undefined, imported?: OrderEvent[]): LabRun {
  const events =
    delta.events === 'keep'
      ? base!.events
      : delta.events === 'imported'
        ? imported!
        : allOrders(delta.events);
  return unpackRun(delta, base, events);
}

describe('packRun / unpackRun', () => {
  it('a whole run comes back equal, its order references into its own events', () => {
    fc.assert(
      fc.property(settings, (s) => {
        const run = runLab(s);
        const { delta, transfer } = packRun(run);
        const page = assemble(send(delta, transfer), undefined);
        expect(page).toStrictEqual(run);
        // Window objects are shared as the engine shares them, not one per pane or emission.
        const windows = (r: LabRun) =>
          new Set(
            [...r.lanes.stream.emissions, ...(r.stream.ok ? r.stream.value.panes : [])].map(
              (p) => p.window,
            ),
          ).size;
        expect(windows(page)).toBe(windows(run));
        const index = new Set(page.events);
        if (page.stream.ok)
          for (const e of page.stream.value.dropped) expect(index.has(e)).toBe(true);
        if (page.batch.ok)
          for (const r of page.batch.value.runs)
            for (const e of r.missed) expect(index.has(e)).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  it('a change sends only new parts; kept ones are the page’s own objects', () => {
    fc.assert(
      fc.property(settings, settings, fc.boolean(), (a, b, sameScenario) => {
        const second: LabSettingsInput = sameScenario ? { ...b, scenario: a.scenario } : b;
        const first = runLab(a);
        const next = runLab(second, first);
        // The page holds its own copy of the first run (as if it had unpacked it earlier).
        const pageFirst = structuredClone(first);
        const { delta, transfer } = packRun(next, first);
        const page = assemble(send(delta, transfer), pageFirst);
        expect(page).toStrictEqual(next);
        expect(page.events === pageFirst.events).toBe(next.events === first.events);
        expect(page.stream === pageFirst.stream).toBe(next.stream === first.stream);
        expect(page.truth === pageFirst.truth).toBe(next.truth === first.truth);
        for (const l of lab.LANES) {
          expect(page.lanes[l] === pageFirst.lanes[l]).toBe(next.lanes[l] === first.lanes[l]);
        }
        const own = new Set(page.events);
        if (page.stream.ok)
          for (const e of page.stream.value.dropped) expect(own.has(e)).toBe(true);
        if (page.microBatch.ok)
          for (const m of page.microBatch.value)
            for (const e of m.dropped) expect(own.has(e)).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  it('a watermark step sends only the stream outcome, its lane and the timeline', () => {
    const first = runLab({ scenario: { rate: 40, duration: 30 * MINUTE } });
    const next = runLab(
      lab.mergeSettings(first.settings, { stream: { watermarkBound: 0 } }),
      first,
    );
    const { delta } = packRun(next, first);
    expect(delta.events).toBe('keep');
    expect(delta.parts.truth).toBe('keep');
    expect(delta.parts.microBatch).toBe('keep');
    expect(delta.parts.batch).toBe('keep');
    expect(delta.parts.stream).not.toBe('keep');
    expect(delta.lanes).toMatchObject({ batch: 'keep', microbatch: 'keep', request: 'keep' });
    expect(delta.lanes.stream).not.toBe('keep');
  });

  it('imported orders are the page’s own: the delta says so instead of sending them', () => {
    const orders = runLab({ scenario: { rate: 10, duration: 10 * MINUTE } }).events;
    const run = runLab({}, undefined, orders);
    const { delta, transfer } = packRun(run, undefined, orders);
    expect(delta.events).toBe('imported');
    const page = assemble(send(delta, transfer), undefined, orders);
    expect(page).toStrictEqual(run);
    expect(page.events).toBe(orders);
  });

  it('leaves the worker’s own typed arrays whole after the transfer', () => {
    const run = runLab({ scenario: { rate: 20, duration: 10 * MINUTE } });
    const instants = run.timeline.instants.length;
    const { delta, transfer } = packRun(run);
    send(delta, transfer);
    expect(run.timeline.instants.length).toBe(instants);
    if (run.stream.ok) expect(run.stream.value.firstEmittedAt?.length).toBe(run.events.length);
  });
});
