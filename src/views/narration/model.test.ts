// narrationOf / narrate on a real run: closings match the stream's on-time panes, the sentence
// names the window, its orders and revenue, and the drops in the interval.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lab, time, type LabRun, type WindowSpec } from '../../engine';
import { narrate, narrationOf } from './model';

const run = lab.runLab({ scenario: { lateShare: 0.3 }, stream: { watermarkBound: 0 } });
const n = narrationOf(run);

describe('narrationOf', () => {
  it('has one closing per window the stream fired on time, in time order', () => {
    const windows = new Set(
      (run.stream.ok ? run.stream.value.panes : [])
        .filter((p) => p.timing === 'on-time')
        .map((p) => p.window.start),
    );
    expect(n.closings.map((c) => c.start).sort((a, b) => a - b)).toEqual(
      [...windows].sort((a, b) => a - b),
    );
    expect(n.closings.map((c) => c.at)).toEqual(
      [...n.closings.map((c) => c.at)].sort((a, b) => a - b),
    );
  });
  it('reports what the stream counted at closing: at most the truth of that window', () => {
    for (const c of n.closings) {
      const truth = run.truth
        .filter((r) => r.window.start === c.start)
        .reduce((s, r) => s + r.count, 0);
      expect(c.orders).toBeGreaterThan(0);
      expect(c.orders).toBeLessThanOrEqual(truth);
    }
  });
});

describe('narrate', () => {
  it('says which window closed, with orders and revenue, and the drops since last time', () => {
    const first = n.closings[0]!;
    const text = narrate(n, first.at - 1, first.at)!;
    expect(text).toMatch(/^Window 12:00–12:05 closed: \d+ orders, \$[\d,]+\.\d\d/);
    const all = narrate(n, run.timeline.from, run.timeline.to)!;
    expect(all).toMatch(/\(and \d+ earlier windows\); [\d,]+ late orders dropped\.$/);
  });
  it('says nothing for an empty or backward interval', () => {
    expect(narrate(n, run.timeline.from, run.timeline.from)).toBeNull();
    expect(narrate(n, run.timeline.to, run.timeline.from)).toBeNull();
    expect(
      narrate(n, run.timeline.from - 2 * time.MINUTE, run.timeline.from - time.MINUTE),
    ).toBeNull();
  });
});

/** The narration as it was built with "start:end" string keys: the reference for the rewrite. */
function narrationByStrings(run: LabRun) {
  if (!run.stream.ok) return [];
  const closeAt = new Map<string, number>();
  for (const p of run.stream.value.panes)
    if (p.timing === 'on-time' && !p.retraction) {
      const id = `${p.window.start}:${p.window.end}`;
      if (!closeAt.has(id)) closeAt.set(id, p.emittedAt);
    }
  const perWindow = new Map<string, Map<string, { value: number; count: number }>>();
  for (const e of run.lanes.stream.emissions) {
    const id = `${e.window.start}:${e.window.end}`;
    if (closeAt.get(id) !== e.emittedAt) continue;
    let keys = perWindow.get(id);
    if (!keys) perWindow.set(id, (keys = new Map()));
    keys.set(e.key, { value: e.value, count: e.count });
  }
  const closings = [];
  for (const [id, at] of closeAt) {
    const [start, end] = id.split(':').map(Number) as [number, number];
    let orders = 0;
    let amount = 0;
    for (const v of perWindow.get(id)?.values() ?? []) {
      orders += v.count;
      amount += v.value;
    }
    closings.push({ at, start, end, orders, amount });
  }
  return closings.sort((a, b) => a.at - b.at || a.start - b.start);
}

describe('narrationOf keyed by numbers', () => {
  it('narrationOf(run) closes the same windows with the same totals as the string-keyed build (property)', () => {
    const M = 60_000;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.constantFrom<WindowSpec>(
          { kind: 'tumbling', size: M },
          { kind: 'tumbling', size: 5 * M },
          { kind: 'sliding', size: 4 * M, slide: M },
          { kind: 'session', gap: 2 * M },
        ),
        fc.constantFrom(0, 0.3),
        fc.integer({ min: 0, max: 60_000 }),
        (seed, window, lateShare, watermarkBound) => {
          const run = lab.runLab({
            scenario: { seed, lateShare, rate: 30, duration: 20 * M },
            window,
            stream: { watermarkBound },
          });
          expect(narrationOf(run).closings).toEqual(narrationByStrings(run));
        },
      ),
      { numRuns: 30 },
    );
  });
});
