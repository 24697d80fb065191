// Spark's one watermark over every region: when region 3 comes back from its outage, the
// micro-batch lane counts the orders it rejected as too late and says whose they were.
import { describe, expect, it } from 'vitest';
import { time, lab } from '../../engine';
import { fixed } from '../results/fixtures';
import { ignoredCaption, microBatchModel, regionRejectNote } from './microBatchModel';

const runLab = lab.runLab;
const HOUR = time.HOUR;
const MINUTE = time.MINUTE;

const outage = { start: 12 * HOUR + 10 * MINUTE, duration: 10 * MINUTE, share: 1, region: 3 };
const run = runLab(fixed({ scenario: { lateShare: 0, regions: 3, outages: [outage] } }));
const m = microBatchModel(run)!;
const END = 30 * HOUR;
const rejected = run.microBatch.ok ? run.microBatch.value.flatMap((b) => b.dropped) : [];
const ofRegion3 = rejected.filter((o) => o.partition === 2).length;

describe('micro-batch lane: the outage region’s rejected orders', () => {
  it('this scenario rejects region 3’s orders and no others (orders are otherwise on time)', () => {
    expect(ofRegion3).toBeGreaterThan(0);
    expect(ofRegion3).toBe(rejected.length);
  });

  it('ignoredCaption counts them apart, once they have arrived', () => {
    expect(ignoredCaption(m, outage.start)).toBe('Dropped as too late: 0 (region 3: 0)');
    expect(ignoredCaption(m, END)).toBe(
      `Dropped as too late: ${rejected.length} (region 3: ${ofRegion3})`,
    );
  });

  it('regionRejectNote names the region only after it has rejected some', () => {
    expect(regionRejectNote(m, outage.start + outage.duration - 1)).toBeNull();
    expect(regionRejectNote(m, END)).toBe(`Dropped as too late: ${ofRegion3} orders of region 3`);
  });

  it('a single region keeps the caption as it was, and no note', () => {
    const one = microBatchModel(runLab(fixed({})))!;
    expect(ignoredCaption(one, END)).toMatch(/^Dropped as too late: \d+$/);
    expect(regionRejectNote(one, END)).toBeNull();
  });
});
