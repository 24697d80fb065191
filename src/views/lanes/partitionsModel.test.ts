// The stream lane's words about its regions, on the "Why is my window empty?" scenario: three
// regions, region 3 offline 12:10-12:20. Without an idle timeout the lane names region 3 as the
// one the windows wait for; with one it says region 3 is idle and the watermark goes on.
import { describe, expect, it } from 'vitest';
import { time, lab } from '../../engine';
import { fixed } from '../results/fixtures';
import {
  QUIET,
  heldAt,
  lastArrival,
  partitionNote,
  partitionNoteText,
  partitionStates,
  partitionsOf,
} from './partitionsModel';

const runLab = lab.runLab;
const HOUR = time.HOUR;
const MINUTE = time.MINUTE;

const at = (h: number, m: number, s = 0) => h * HOUR + m * MINUTE + s * 1000;
const outage = { start: at(12, 10), duration: 10 * MINUTE, share: 1, region: 3 };
const settings = (stream = {}) =>
  fixed({ scenario: { lateShare: 0, regions: 3, outages: [outage] }, stream });
const noIdle = runLab(settings());
const idle = runLab(settings({ idleTimeout: 30_000 }));

/** Region 3's last order before the outage: what the lane quotes. */
const lastOfRegion3 = noIdle.events
  .filter((e) => e.partition === 2 && e.arrivalTime < outage.start)
  .at(-1)!.arrivalTime;

describe('partitionsOf', () => {
  it('is null with one region, so the lane draws exactly what it drew before', () => {
    expect(partitionsOf(runLab(fixed({})))).toBeNull();
  });

  it('keeps one line per region, each sorted by processing time', () => {
    const m = partitionsOf(noIdle)!;
    expect(m.lines.map((l) => l.partition)).toEqual([0, 1, 2]);
    for (const l of m.lines) {
      expect(l.at.length).toBeGreaterThan(0);
      for (let i = 1; i < l.at.length; i++) expect(l.at[i]!).toBeGreaterThanOrEqual(l.at[i - 1]!);
    }
  });
});

describe('partitionNote without an idle timeout', () => {
  const m = partitionsOf(noIdle)!;

  it('names the silent region and when it last sent an order, while windows wait for it', () => {
    const note = partitionNote(m, at(12, 18));
    expect(note).not.toBeNull();
    expect(note!.region).toBe(3);
    expect(partitionNoteText(note)).toBe(
      `Waiting for region 3: no orders since ${clock(lastOfRegion3)} · 2 windows held open`,
    );
  });

  it('counts one window at first, while only the 12:05 window waits for region 3', () => {
    expect(partitionNote(m, at(12, 13))!.detail).toMatch(/· 1 window held open$/);
  });

  it('says nothing before the outage or after region 3 comes back and the windows fire', () => {
    expect(partitionNote(m, at(12, 8))).toBeNull();
    expect(partitionNote(m, at(12, 22))).toBeNull();
  });

  it('lastArrival finds a region’s last order at or before a moment', () => {
    expect(lastArrival(m, 2, at(12, 18))).toBe(lastOfRegion3);
    expect(lastArrival(m, 2, at(11, 0))).toBeNaN();
  });

  it('heldAt ignores a region that keeps sending, however briefly it holds a window', () => {
    // Before the outage every region sends every few seconds: windows wait for the last of them
    // only briefly, and never for a region silent for QUIET.
    for (let t = at(12, 1); t < outage.start; t += 5_000) expect(heldAt(m, t)).toEqual([]);
    expect(heldAt(m, outage.start + QUIET + 2 * MINUTE).length).toBeGreaterThan(0);
  });
});

describe('partitionNote with a 30 s idle timeout', () => {
  const m = partitionsOf(idle)!;

  it('holds no window for region 3 and says it is idle instead', () => {
    expect(heldAt(m, at(12, 18))).toEqual([]);
    expect(partitionNoteText(partitionNote(m, at(12, 15)))).toBe(
      `Region 3 idle: no orders since ${clock(lastOfRegion3)} · left out of the watermark`,
    );
  });

  it('partitionStates marks region 3 idle from 30 s after its last order until it sends again', () => {
    const during = partitionStates(m, at(12, 15))[2]!;
    expect(during.idle).toBe(true);
    expect(during.idleSince).toBeGreaterThanOrEqual(lastOfRegion3 + 30_000);
    expect(during.idleSince).toBeLessThan(lastOfRegion3 + 31_000);
    expect(partitionStates(m, at(12, 25))[2]!.idle).toBe(false);
    expect(partitionStates(m, at(12, 15))[0]!.idle).toBe(false);
  });
});

function clock(t: number): string {
  const s = Math.floor(t / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(s / 3600) % 24)}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
}
