// The results' "Why?" names the region when a region is the cause: a window held open waiting for
// a silent region (no idle timeout), and late orders that all came from a region the watermark had
// left behind as idle.
import { describe, expect, it } from 'vitest';
import { fixed } from './fixtures';
import { time, lab } from '../../engine';
import { explainRow } from './explain';
import { resultsAt } from './model';

const runLab = lab.runLab;
const HOUR = time.HOUR;
const MINUTE = time.MINUTE;

const outage = { start: 12 * HOUR + 10 * MINUTE, duration: 10 * MINUTE, share: 1, region: 3 };
const settings = (stream = {}) =>
  fixed({ scenario: { lateShare: 0, regions: 3, outages: [outage] }, stream });

const streamLines = (run: ReturnType<typeof runLab>, at: number, windowStart: number) => {
  const row = resultsAt(run, at).rows.find((r) => r.window.start === windowStart)!;
  return explainRow(run, row, at).find((e) => e.lane === 'stream')!.lines;
};

describe('explainRow: stream, a region as the cause', () => {
  it('says a window is held open waiting for the silent region, and since when', () => {
    const run = runLab(settings());
    // 12:15: regions 1 and 2 passed 12:09:59.999 at about 12:11, region 3 is offline.
    const lines = streamLines(run, 12 * HOUR + 15 * MINUTE, 12 * HOUR + 5 * MINUTE);
    const held = lines.find((l) => l.startsWith('Held open'));
    expect(held).toMatch(
      /^Held open waiting for region 3: no orders from it since 12:(09|10):\d\d\./,
    );
  });

  it('says nothing of the kind once the window fired', () => {
    const run = runLab(settings());
    const lines = streamLines(run, 12 * HOUR + 25 * MINUTE, 12 * HOUR + 5 * MINUTE);
    expect(lines.some((l) => l.startsWith('Held open'))).toBe(false);
  });

  it('names the idle region its late orders came from', () => {
    const run = runLab(settings({ idleTimeout: 30_000 }));
    const lines = streamLines(run, 12 * HOUR + 25 * MINUTE, 12 * HOUR + 10 * MINUTE);
    expect(lines.some((l) => l.includes('dropped as late'))).toBe(true);
    expect(lines).toContain(
      'They all came from region 3, which sent nothing for more than 30 s: the watermark went on without it (idle timeout), and its orders came back too late.',
    );
  });
});
