// Invariants of runStream's bounded watermark over partitions, on random orders spread over up to
// four partitions (engine-api.md, "Sources and partitions"):
// - it equals a plain tick-by-tick model that emits at every multiple of the interval (the engine
//   skips the emissions at which nothing can change; this checks that skipping changes nothing);
// - with one partition nothing changes, also with an idle timeout of at least one interval;
// - the job's watermark never goes back;
// - without idleness, a partition gone silent holds every window after its last order open;
// - every order is counted in its window's final value or dropped (conservation).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { OrderEvent, Pane, StreamConfig, StreamRun } from '../core/types';
import { assignWindows } from '../windows/assign';
import { runStream } from './stream';

const RUNS = 200;
type Bounded = Extract<StreamConfig['watermark'], { kind: 'bounded' }>;
type Sample = NonNullable<StreamRun['partitionWatermarks']>[number];

const ordersArb = (partitions: number) =>
  fc
    .array(
      fc.record({
        key: fc.constantFrom('a', 'b'),
        amount: fc.integer({ min: 1, max: 100 }),
        eventTime: fc.integer({ min: 0, max: 200 }),
        delay: fc.integer({ min: 0, max: 120 }),
        partition: fc.integer({ min: 0, max: partitions - 1 }),
      }),
      { maxLength: 50 },
    )
    .map((rows): OrderEvent[] =>
      rows
        .map((r, id) => ({
          id,
          key: r.key,
          amount: r.amount,
          eventTime: r.eventTime,
          arrivalTime: r.eventTime + r.delay,
          partition: r.partition,
        }))
        .sort((a, b) => a.arrivalTime - b.arrivalTime || a.id - b.id),
    );

const caseArb = fc.integer({ min: 1, max: 4 }).chain((partitions) =>
  fc.record({
    partitions: fc.constant(partitions),
    events: ordersArb(partitions),
    bound: fc.integer({ min: 0, max: 30 }),
    interval: fc.integer({ min: 1, max: 25 }),
    idleTimeout: fc.option(fc.integer({ min: 1, max: 80 }), { nil: undefined }),
    size: fc.integer({ min: 5, max: 60 }),
  }),
);

function watermarkOf(c: {
  partitions: number;
  bound: number;
  interval: number;
  idleTimeout: number | undefined;
}): Bounded {
  const w: Bounded = {
    kind: 'bounded',
    maxOutOfOrderness: c.bound,
    interval: c.interval,
    partitions: c.partitions,
  };
  if (c.idleTimeout !== undefined) w.idleTimeout = c.idleTimeout;
  return w;
}

/**
 * The contract read literally: an emission at every multiple of the interval after the first
 * order, each seeing the orders that arrived before it, going on after the last order until every
 * partition is idle (or, without idleness, until the emission after the last order).
 */
function tickModel(
  events: readonly OrderEvent[],
  partitions: number,
  w: Bounded,
): { watermarks: { at: number; value: number }[]; samples: Sample[] } {
  const interval = w.interval!;
  const timeout = w.idleTimeout ?? Infinity;
  const maxSeen = Array<number>(partitions).fill(-Infinity);
  const last = Array<number>(partitions).fill(NaN);
  const idle = Array<boolean>(partitions).fill(false);
  const shown = Array<{ value: number; idle: boolean } | null>(partitions).fill(null);
  const watermarks: { at: number; value: number }[] = [];
  const samples: Sample[] = [];
  if (events.length === 0) return { watermarks, samples };
  const first = events[0]!.arrivalTime;
  const lastArrival = events[events.length - 1]!.arrivalTime;
  let wm = -Infinity;
  let i = 0;
  for (let t = Math.floor(first / interval) * interval + interval; ; t += interval) {
    for (; i < events.length && events[i]!.arrivalTime < t; i++) {
      const e = events[i]!;
      const p = e.partition ?? 0;
      maxSeen[p] = Math.max(maxSeen[p]!, e.eventTime);
      last[p] = e.arrivalTime;
      if (idle[p]) {
        idle[p] = false;
        shown[p] = { value: shown[p]!.value, idle: false };
        samples.push({ at: e.arrivalTime, partition: p, value: shown[p]!.value, idle: false });
      }
    }
    let min = Infinity;
    for (let p = 0; p < partitions; p++) {
      const since = Number.isNaN(last[p]) ? first : last[p]!;
      if (!idle[p] && t - since > timeout) idle[p] = true;
      const value = maxSeen[p]! - w.maxOutOfOrderness - 1;
      const s = shown[p] ?? null;
      if (s === null || s.value !== value || s.idle !== idle[p]) {
        shown[p] = { value, idle: idle[p]! };
        samples.push({ at: t, partition: p, value, idle: idle[p]! });
      }
      if (!idle[p]) min = Math.min(min, value);
    }
    if (idle.some((x) => !x) && min > wm) {
      wm = min;
      watermarks.push({ at: t, value: min });
    }
    if (t > lastArrival && (timeout === Infinity || idle.every((x) => x))) break;
  }
  return { watermarks, samples };
}

const tumbling = (size: number) => ({ kind: 'tumbling', size }) as const;

describe('runStream over partitions: properties', () => {
  it('gives the watermarks and partition samples of a model that emits at every tick', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const w = watermarkOf(c);
        const run = runStream(c.events, { window: tumbling(c.size), watermark: w });
        const model = tickModel(c.events, c.partitions, w);
        expect(run.watermarks).toEqual(model.watermarks);
        if (c.partitions > 1 || c.idleTimeout !== undefined)
          expect(run.partitionWatermarks).toEqual(model.samples);
      }),
      { numRuns: RUNS },
    );
  });

  it('changes nothing with one partition, nor with an idle timeout of at least one interval', () => {
    fc.assert(
      fc.property(caseArb, fc.boolean(), (c, flushAtEnd) => {
        const events = c.events.map((e) => ({ ...e, partition: 0 }));
        const plain: StreamConfig = {
          window: tumbling(c.size),
          watermark: { kind: 'bounded', maxOutOfOrderness: c.bound, interval: c.interval },
          trigger: { early: { every: 7 } },
          flushAtEnd,
        };
        const base = runStream(events, plain);
        const one = runStream(events, {
          ...plain,
          watermark: { ...plain.watermark, partitions: 1 } as Bounded,
        });
        expect(one).toEqual(base);
        // One partition idle means every partition idle: the watermark holds, and a returning
        // order counts at the next emission, which comes before the timeout can pass again.
        const idle = runStream(events, {
          ...plain,
          watermark: { ...plain.watermark, idleTimeout: c.interval + (c.idleTimeout ?? 0) },
        } as StreamConfig);
        const { partitionWatermarks, ...rest } = idle;
        expect(rest).toEqual(base);
        expect(partitionWatermarks?.every((s) => s.partition === 0)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('never lowers the job watermark', () => {
    fc.assert(
      fc.property(caseArb, fc.boolean(), (c, flushAtEnd) => {
        const run = runStream(c.events, {
          window: tumbling(c.size),
          watermark: watermarkOf(c),
          flushAtEnd,
        });
        const values = run.watermarks.map((m) => m.value);
        for (let k = 1; k < values.length; k++) expect(values[k]!).toBeGreaterThan(values[k - 1]!);
        const paneMarks = run.panes.map((p: Pane) => p.watermark);
        for (let k = 1; k < paneMarks.length; k++)
          expect(paneMarks[k]!).toBeGreaterThanOrEqual(paneMarks[k - 1]!);
      }),
      { numRuns: RUNS },
    );
  });

  it('without idleness, fires no on-time pane for a window after a silent partition’s last order', () => {
    fc.assert(
      fc.property(
        caseArb.filter((c) => c.partitions > 1),
        fc.nat(),
        fc.integer({ min: 0, max: 320 }),
        (c, pick, cut) => {
          const silent = pick % c.partitions;
          // The silent partition sends nothing after `cut` (a region gone offline for good).
          const events = c.events.filter((e) => e.partition !== silent || e.arrivalTime <= cut);
          const w = watermarkOf({ ...c, idleTimeout: undefined });
          const run = runStream(events, { window: tumbling(c.size), watermark: w });
          const times = events.filter((e) => e.partition === silent).map((e) => e.eventTime);
          const held = times.length === 0 ? -Infinity : Math.max(...times) - c.bound - 1;
          for (const p of run.panes)
            if (p.timing === 'on-time') expect(p.window.end - 1).toBeLessThanOrEqual(held);
          for (const m of run.watermarks) expect(m.value).toBeLessThanOrEqual(held);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('counts every order in its window’s final value or drops it (conservation)', () => {
    fc.assert(
      fc.property(caseArb, fc.boolean(), (c, flushAtEnd) => {
        const window = tumbling(c.size);
        const run = runStream(c.events, {
          window,
          watermark: watermarkOf(c),
          trigger: { early: { count: 2 } },
          flushAtEnd,
        });
        const final = new Map<string, number>();
        const id = (key: string, start: number) => `${key}|${start}`;
        for (const p of run.panes) final.set(id(p.key, p.window.start), p.value);
        for (const r of run.open ?? []) final.set(id(r.key, r.window.start), r.value);
        const dropped = new Set(run.dropped.map((e) => e.id));
        const expected = new Map<string, number>();
        for (const e of c.events) {
          if (dropped.has(e.id)) continue;
          const k = id(e.key, assignWindows(e.eventTime, window)[0]!.start);
          expected.set(k, (expected.get(k) ?? 0) + e.amount);
        }
        expect(final).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
  });
});
