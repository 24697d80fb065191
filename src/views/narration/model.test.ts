// narrationOf / narrate on a real run: closings match the stream's on-time panes, the sentence
// names the window, its orders and revenue, and the drops in the interval.
import { describe, expect, it } from 'vitest';
import { lab, time } from '../../engine';
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
