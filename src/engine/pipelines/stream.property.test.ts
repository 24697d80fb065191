// Invariants of runStream over random inputs and configs: every event is counted once or dropped,
// a perfect watermark reproduces the ground truth, the watermark only rises, the same input gives
// the same output, and the accumulation modes agree with each other.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { OrderEvent, Pane, StreamConfig, StreamRun, WindowSpec } from '../core/types';
import { assignWindows, mergeSessions } from '../windows/assign';
import { runStream } from './stream';

const RUNS = 250;

const eventsArb = fc
  .array(
    fc.record({
      key: fc.constantFrom('a', 'b', 'c'),
      amount: fc.integer({ min: 1, max: 100 }),
      eventTime: fc.integer({ min: -20, max: 200 }),
      delay: fc.integer({ min: -5, max: 80 }),
    }),
    { maxLength: 60 },
  )
  .map((rows): OrderEvent[] =>
    rows.map((r, i) => ({
      id: i,
      key: r.key,
      amount: r.amount,
      eventTime: r.eventTime,
      arrivalTime: r.eventTime + r.delay,
    })),
  );

const fixedWindowArb: fc.Arbitrary<WindowSpec> = fc.oneof(
  fc.record({ kind: fc.constant('tumbling' as const), size: fc.integer({ min: 1, max: 60 }) }),
  fc
    .tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 4 }))
    .map(([slide, k]): WindowSpec => ({ kind: 'sliding', size: slide * k, slide })),
);
const windowArb: fc.Arbitrary<WindowSpec> = fc.oneof(
  fixedWindowArb,
  fc.record({ kind: fc.constant('session' as const), gap: fc.integer({ min: 1, max: 30 }) }),
  fc.constant({ kind: 'global' } as const),
);

const watermarkArb: fc.Arbitrary<StreamConfig['watermark']> = fc.oneof(
  fc.record({
    kind: fc.constant('bounded' as const),
    maxOutOfOrderness: fc.integer({ min: 0, max: 40 }),
    interval: fc.integer({ min: 0, max: 25 }),
  }),
  fc.constant({ kind: 'perfect' } as const),
  fc.record({
    kind: fc.constant('explicit' as const),
    marks: fc.array(
      fc.record({
        at: fc.integer({ min: -10, max: 300 }),
        value: fc.integer({ min: -20, max: 260 }),
      }),
      {
        maxLength: 8,
      },
    ),
  }),
);

const triggerArb: fc.Arbitrary<NonNullable<StreamConfig['trigger']>> = fc.record(
  {
    early: fc.oneof(
      fc.record({ every: fc.integer({ min: 1, max: 30 }) }),
      fc.record({ count: fc.integer({ min: 1, max: 4 }) }),
    ),
    late: fc.oneof(
      fc.constant('per-element' as const),
      fc.record({ every: fc.integer({ min: 1, max: 30 }) }),
    ),
  },
  { requiredKeys: [] },
);

const configArb = (window: fc.Arbitrary<WindowSpec>): fc.Arbitrary<StreamConfig> =>
  fc.record({
    window,
    watermark: watermarkArb,
    allowedLateness: fc.integer({ min: 0, max: 40 }),
    trigger: triggerArb,
    accumulation: fc.constantFrom(
      'accumulating' as const,
      'discarding' as const,
      'retracting' as const,
    ),
    flushAtEnd: fc.boolean(),
  });

const wkey = (key: string, start: number, end: number) => `${key}|${start}|${end}`;
const paneKey = (p: Pane) => wkey(p.key, p.window.start, p.window.end);

/** The last non-retraction pane of each key/window, as key -> value and count. */
function lastPanes(run: StreamRun): Map<string, { value: number; count: number }> {
  const last = new Map<string, { value: number; count: number }>();
  for (const p of run.panes)
    if (!p.retraction) last.set(paneKey(p), { value: p.value, count: p.count });
  return last;
}

/** Sums per key/window by a plain loop: the reference the streaming run must reproduce. */
function truth(events: readonly OrderEvent[], window: WindowSpec, skip = new Set<number>()) {
  const sums = new Map<string, { value: number; count: number }>();
  const add = (k: string, amount: number) => {
    const s = sums.get(k) ?? { value: 0, count: 0 };
    s.value += amount;
    s.count += 1;
    sums.set(k, s);
  };
  if (window.kind === 'session') {
    const byKey = new Map<string, OrderEvent[]>();
    for (const e of events) byKey.set(e.key, [...(byKey.get(e.key) ?? []), e]);
    for (const [key, evs] of byKey) {
      const sessions = mergeSessions(
        evs.map((e) => ({ start: e.eventTime, end: e.eventTime + window.gap })),
      );
      for (const e of evs) {
        const w = sessions.find((s) => s.start <= e.eventTime && e.eventTime < s.end)!;
        add(wkey(key, w.start, w.end), e.amount);
      }
    }
    return sums;
  }
  for (const e of events) {
    if (skip.has(e.id)) continue;
    for (const w of assignWindows(e.eventTime, window)) add(wkey(e.key, w.start, w.end), e.amount);
  }
  return sums;
}

const accumulating = (c: StreamConfig): StreamConfig => ({ ...c, accumulation: 'accumulating' });

describe('runStream properties', () => {
  it('counts every event in its windows final state or drops it, never both (tumbling, sliding)', () => {
    fc.assert(
      fc.property(eventsArb, configArb(fixedWindowArb), (events, config) => {
        const run = runStream(events, accumulating(config));
        const dropped = new Set(run.dropped.map((e) => e.id));
        const final = lastPanes(run);
        for (const row of run.open ?? []) {
          final.set(wkey(row.key, row.window.start, row.window.end), {
            value: row.value,
            count: row.count,
          });
        }
        if (config.window.kind === 'tumbling') {
          // Windows that got no element stay out of both maps; everything else must match exactly.
          expect(final).toEqual(truth(events, config.window, dropped));
          const sum = (xs: Iterable<{ value: number }>) => [...xs].reduce((s, x) => s + x.value, 0);
          expect(sum(final.values()) + sum(run.dropped.map((e) => ({ value: e.amount })))).toBe(
            sum(events.map((e) => ({ value: e.amount }))),
          );
        } else {
          // A sliding event may be late for some of its windows only: each window holds a subset.
          const all = truth(events, config.window, dropped);
          for (const [k, v] of final) {
            expect(all.has(k)).toBe(true);
            expect(v.count).toBeLessThanOrEqual(all.get(k)!.count);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('reproduces the ground truth with a perfect watermark and flushAtEnd', () => {
    fc.assert(
      fc.property(eventsArb, configArb(windowArb), (events, c) => {
        // Sessions need allowedLateness >= 1: with 0, a session is purged at watermark end - 1 and
        // an element at exactly `end`, which touches it, opens a new one (Flink does the same).
        const lateness =
          c.window.kind === 'session' ? Math.max(1, c.allowedLateness ?? 0) : c.allowedLateness;
        const config: StreamConfig = {
          ...c,
          watermark: { kind: 'perfect' },
          flushAtEnd: true,
          allowedLateness: lateness ?? 0,
        };
        const run = runStream(events, accumulating(config));
        expect(run.dropped).toEqual([]);
        expect(run.open).toEqual([]);
        const last = lastPanes(run);
        const expected = truth(events, config.window);
        // Sessions also leave panes of windows that later merged away; every true window is final.
        for (const [k, v] of expected) expect(last.get(k)).toEqual(v);
        if (config.window.kind !== 'session') expect(last.size).toBe(expected.size);
        expect(
          Array.from(run.firstEmittedAt ?? []).every((t, i) => t >= events[i]!.arrivalTime),
        ).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps the watermark rising, panes in order, and the bookkeeping consistent', () => {
    fc.assert(
      fc.property(eventsArb, configArb(windowArb), (events, config) => {
        const run = runStream(events, config);
        for (let i = 1; i < run.watermarks.length; i++) {
          expect(run.watermarks[i]!.value).toBeGreaterThan(run.watermarks[i - 1]!.value);
          expect(run.watermarks[i]!.at).toBeGreaterThanOrEqual(run.watermarks[i - 1]!.at);
        }
        for (let i = 1; i < run.panes.length; i++) {
          expect(run.panes[i]!.emittedAt).toBeGreaterThanOrEqual(run.panes[i - 1]!.emittedAt);
        }
        // Within one instant: by window end, then key (retractions carry the window they withdraw).
        const shown = run.panes.filter((p) => !p.retraction);
        for (let i = 1; i < shown.length; i++) {
          const [a, b] = [shown[i - 1]!, shown[i]!];
          if (a.emittedAt !== b.emittedAt) continue;
          expect(a.window.end <= b.window.end).toBe(true);
          if (a.window.end === b.window.end) expect(a.key <= b.key).toBe(true);
        }
        // Early panes come before the watermark passes the window (retractions carry older windows).
        for (const p of run.panes) {
          if (p.timing === 'early' && !p.retraction)
            expect(p.watermark).toBeLessThan(p.window.end - 1);
        }
        const dropped = new Set(run.dropped.map((e) => e.id));
        events.forEach((e, i) => {
          const first = run.firstEmittedAt![i]!;
          if (dropped.has(e.id)) expect(first).toBeNaN();
          else if (!Number.isNaN(first)) expect(first).toBeGreaterThanOrEqual(e.arrivalTime);
        });
        // Samples keep the state size at the end of each instant; the peak also sees within one.
        const sizes = run.stateSize ?? [];
        expect(run.peakState).toBeGreaterThanOrEqual(Math.max(0, ...sizes.map((s) => s.value)));
        for (let i = 1; i < sizes.length; i++) {
          expect(sizes[i]!.at).toBeGreaterThan(sizes[i - 1]!.at);
          expect(sizes[i]!.value).not.toBe(sizes[i - 1]!.value);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('gives the same output for the same input, whatever its order (determinism)', () => {
    fc.assert(
      fc.property(eventsArb, configArb(windowArb), (events, config) => {
        const a = runStream(events, config);
        const b = runStream([...events].reverse(), config);
        expect(b.panes).toEqual(a.panes);
        expect(b.dropped).toEqual(a.dropped);
        expect(b.watermarks).toEqual(a.watermarks);
        expect(b.open).toEqual(a.open);
        expect(Array.from(b.firstEmittedAt!).reverse()).toEqual(Array.from(a.firstEmittedAt!));
        expect(runStream(events, config)).toEqual(a);
      }),
      { numRuns: RUNS },
    );
  });

  it('makes discarding panes sum to the accumulating final value, and retractions net to it (tumbling, sliding)', () => {
    fc.assert(
      fc.property(eventsArb, configArb(fixedWindowArb), (events, config) => {
        const acc = lastPanes(runStream(events, accumulating(config)));
        const sums = (run: StreamRun) => {
          const s = new Map<string, { value: number; count: number }>();
          for (const p of run.panes) {
            const t = s.get(paneKey(p)) ?? { value: 0, count: 0 };
            const sign = p.retraction ? -1 : 1;
            t.value += sign * p.value;
            t.count += sign * p.count;
            s.set(paneKey(p), t);
          }
          return s;
        };
        expect(sums(runStream(events, { ...config, accumulation: 'discarding' }))).toEqual(acc);
        const retracting = runStream(events, { ...config, accumulation: 'retracting' });
        expect(sums(retracting)).toEqual(acc);
        // Each retraction withdraws exactly the previous pane of its key/window.
        const previous = new Map<string, Pane>();
        for (const p of retracting.panes) {
          if (p.retraction)
            expect([p.value, p.count]).toEqual([
              previous.get(paneKey(p))?.value,
              previous.get(paneKey(p))?.count,
            ]);
          else previous.set(paneKey(p), p);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('leaves a retraction-applying sink holding exactly the kept events (sessions, flushAtEnd)', () => {
    const sessionArb = fc.record({
      kind: fc.constant('session' as const),
      gap: fc.integer({ min: 1, max: 30 }),
    });
    fc.assert(
      fc.property(eventsArb, configArb(sessionArb), (events, c) => {
        const config: StreamConfig = { ...c, flushAtEnd: true };
        const run = runStream(events, { ...config, accumulation: 'retracting' });
        const sink = new Map<string, number>();
        for (const p of run.panes) {
          if (p.retraction) {
            expect(sink.get(paneKey(p))).toBe(p.value); // withdraws what the sink holds
            sink.delete(paneKey(p));
          } else sink.set(paneKey(p), p.value);
        }
        const kept =
          events.reduce((s, e) => s + e.amount, 0) - run.dropped.reduce((s, e) => s + e.amount, 0);
        expect([...sink.values()].reduce((s, v) => s + v, 0)).toBe(kept);
        // Without the retractions, the panes are those of accumulating mode.
        const acc = runStream(events, accumulating(config));
        expect(run.panes.filter((p) => !p.retraction)).toEqual(acc.panes);
      }),
      { numRuns: RUNS },
    );
  });
});
