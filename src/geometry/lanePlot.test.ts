import { describe, expect, it } from 'vitest';
import type { OrderEvent } from '../engine';
import fc from 'fast-check';
import { flagsByMask, flagsByTrack, laneGeometry, trackIds } from './lanePlot';
import { buildOrderTrack } from './lanes';
import { createTimeWarp } from './timewarp';

const M = 60_000;
const NOON = 12 * 60 * M;

// Three orders, the second one late, listed out of event-time order so the track reorders them.
const events: OrderEvent[] = [
  { id: 10, key: 'p1', amount: 100, eventTime: NOON + 4 * M, arrivalTime: NOON + 4 * M + 500 },
  { id: 11, key: 'p2', amount: 200, eventTime: NOON + 1 * M, arrivalTime: NOON + 9 * M },
  { id: 12, key: 'p1', amount: 300, eventTime: NOON + 2 * M, arrivalTime: NOON + 2 * M + 800 },
];
const run = { events };
const orders = { domain: [NOON, NOON + 10 * M] as const, late: Uint8Array.of(0, 1, 0) };
const warp = createTimeWarp(
  events.map((e) => e.arrivalTime),
  { from: NOON, to: NOON + 10 * M, maxGap: 60 * M, gapSize: M },
);

describe('laneGeometry', () => {
  it('laneGeometry(run, warp, orders, 400, 300) spans the event domain across the plot', () => {
    const geo = laneGeometry(run, warp, orders, 400, 300);
    expect(geo.x(NOON)).toBeCloseTo(geo.left);
    expect(geo.x(NOON + 10 * M)).toBeCloseTo(geo.right);
    expect(geo.right).toBeLessThanOrEqual(400);
    expect(geo.bottom).toBeLessThanOrEqual(300);
    expect(geo.font).toBe(13);
  });

  it('carries each order’s late flag onto its place in the track', () => {
    const geo = laneGeometry(run, warp, orders, 400, 300);
    // The track lists orders by event time: ids 11, 12, 10.
    expect(Array.from(geo.track.source)).toEqual([1, 2, 0]);
    expect(Array.from(geo.late)).toEqual([1, 0, 0]);
  });

  it('gives lanes of one size one track, and a new size its own', () => {
    const a = laneGeometry(run, warp, orders, 400, 300);
    expect(laneGeometry(run, warp, orders, 400, 300).track).toBe(a.track);
    expect(laneGeometry(run, warp, orders, 500, 300).track).not.toBe(a.track);
  });

  it('a lane smaller than its margins has an empty plot, never an inverted one', () => {
    // Found by the link fuzz: a small lane beside an enlarged one, in presenter type, drew
    // window bands of height -8 (SVG refuses them, with a console error each).
    const geo = laneGeometry(run, warp, orders, 30, 40, undefined, 20);
    expect(geo.bottom).toBeGreaterThanOrEqual(geo.top);
    expect(geo.right).toBeGreaterThanOrEqual(geo.left);
    expect(geo.bottom - geo.top).toBe(0);
  });
});

describe('flagsByMask and flagsByTrack', () => {
  const { track } = laneGeometry(run, warp, orders, 400, 300);

  it('flagsByMask(track, mask) moves per-event flags onto the track', () => {
    expect(Array.from(flagsByMask(track, Uint8Array.of(1, 0, 0)))).toEqual([0, 0, 1]);
  });

  it('flagsByTrack(run, track, ids) flags the orders with those ids, ignoring unknown ones', () => {
    expect(Array.from(flagsByTrack(run, track, new Set([12, 99])))).toEqual([0, 1, 0]);
    expect(Array.from(flagsByTrack(run, track, new Set()))).toEqual([0, 0, 0]);
  });
});

describe('trackIds', () => {
  it('trackIds(run, track).find(id) is the last track index with that id, for any ids (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            id: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.constantFrom(-3, 2.5, 1e12)),
            eventTime: fc.integer({ min: 0, max: 1000 }),
          }),
          { maxLength: 25 },
        ),
        (rows) => {
          const evs = rows.map((r) => ({ ...r, key: 'p', amount: 1, arrivalTime: r.eventTime }));
          const t = buildOrderTrack(
            evs,
            (v) => v,
            (v) => v,
          );
          const expected = new Map<number, number>();
          for (let i = 0; i < t.length; i++) expected.set(evs[t.source[i]!]!.id, i);
          const ids = trackIds({ events: evs }, t);
          for (const id of [...expected.keys(), 31, -1, 0.5])
            expect(ids.find(id)).toBe(expected.get(id));
          expect(ids.unique).toBe(expected.size === evs.length);
        },
      ),
    );
  });
});
