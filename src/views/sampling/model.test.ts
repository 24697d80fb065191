import { describe, expect, it } from 'vitest';
import { lab, type OrderEvent } from '../../engine';
import { arrivedCount, createFeed, plannedOrders } from './feed';
import { describeStep, formatChance, reservoirSummary } from './reservoirModel';
import {
  distinctCustomers,
  formatBytes,
  hllSummary,
  leaderboardSummary,
  withinBand,
} from './summariesModel';
import {
  DETERMINISTIC,
  emptyTally,
  formatPValue,
  naiveTuning,
  ordinal,
  repeatTrial,
  runTrialChunk,
  samplerFactory,
  samplerTitle,
  trialResult,
} from './trialsModel';

const runLab = lab.runLab;

const order = (
  id: number,
  arrivalTime: number,
  key = 'p1',
  amount = 100,
  customer = id,
): OrderEvent => ({
  id,
  key,
  amount,
  eventTime: arrivalTime,
  arrivalTime,
  customer,
});
const stream = (n: number) => Array.from({ length: n }, (_, i) => order(i, 1000 * i));

describe('arrivedCount', () => {
  it('arrivedCount(run, t) counts orders whose arrival is at or before t', () => {
    const run = runLab({}, undefined, stream(5)); // arrivals 0, 1000, ..., 4000
    expect(arrivedCount(run, -1)).toBe(0);
    expect(arrivedCount(run, 0)).toBe(1);
    expect(arrivedCount(run, 2500)).toBe(3);
    expect(arrivedCount(run, 4000)).toBe(5);
  });
});

describe('plannedOrders', () => {
  it('plannedOrders(run) is rate × duration of the default scenario (60/min × 30 min)', () => {
    expect(plannedOrders(runLab({}))).toBe(1800);
  });
});

describe('createFeed', () => {
  it('offers only new orders going forward and replays from the start going back', () => {
    const offered: number[] = [];
    let resets = 0;
    const feed = createFeed(stream(10), {
      reset: () => resets++,
      offer: (_o, i) => offered.push(i),
      view: (fed) => fed,
    });
    expect(feed.advanceTo(3)).toBe(3);
    expect(feed.advanceTo(5)).toBe(5);
    expect(offered).toEqual([0, 1, 2, 3, 4]);
    expect(feed.advanceTo(2)).toBe(2);
    expect(resets).toBe(1);
    expect(offered.slice(5)).toEqual([0, 1]);
    expect(feed.advanceTo(99)).toBe(10);
  });
});

describe('reservoirSummary', () => {
  it('reservoirSummary(k = 3) fills three slots, then keeps order i with chance 3/(i+1) by its draw', () => {
    const feed = createFeed(stream(200), reservoirSummary(3, 7, 'R'));
    const first = feed.advanceTo(2);
    expect(first.slots.map((s) => s.index)).toEqual([0, 1]);
    expect(first.last).toMatchObject({ index: 1, kept: true, slot: 1, draw: null, chance: 1 });
    let keptLate = 0;
    for (let n = 4; n <= 200; n++) {
      const v = feed.advanceTo(n);
      const step = v.last!;
      expect(step.chance).toBeCloseTo(3 / n);
      expect(step.draw).not.toBeNull();
      expect(step.kept).toBe(step.draw! < 3);
      if (step.kept) {
        keptLate++;
        expect(v.slots[step.slot!]!.index).toBe(n - 1);
      }
      expect(v.slots).toHaveLength(3);
    }
    expect(keptLate).toBeGreaterThan(3);
  });

  it('replays the same sample when scrubbed back and forward (same seed, same picks)', () => {
    const feed = createFeed(stream(100), reservoirSummary(5, 1, 'R'));
    const once = feed.advanceTo(100).slots.map((s) => s.index);
    feed.advanceTo(10);
    expect(feed.advanceTo(100).slots.map((s) => s.index)).toEqual(once);
  });

  it('counts Algorithm R drawing once per order after k, and Algorithm L far fewer', () => {
    const v = createFeed(stream(2000), reservoirSummary(10, 3, 'L')).advanceTo(2000);
    expect(v.draws.R).toBe(1990);
    expect(v.draws.L).toBeLessThan(300);
    expect(v.slots).toHaveLength(10);
  });

  it('describeStep says what the draw decided', () => {
    const feed = createFeed(stream(50), reservoirSummary(2, 9, 'R'));
    expect(describeStep(null, 2)).toMatch(/No order has arrived/);
    expect(describeStep(feed.advanceTo(1).last, 2)).toMatch(/empty slot 0/);
    const text = describeStep(feed.advanceTo(30).last, 2);
    expect(text).toMatch(/keep chance 2\/30 = 6\.7 %/);
    expect(text).toMatch(/replaces slot|dropped/);
    expect(formatChance(1)).toBe('100 %');
    expect(formatChance(0.0027)).toBe('0.27 %');
  });
});

describe('trials', () => {
  const t = naiveTuning(10, 500);
  const run = (id: 'R' | 'L' | 'firstK' | 'everyNth' | 'fixedP', n = 500, trials = 2000) =>
    trialResult(id, id, runTrialChunk(emptyTally(n, 10), samplerFactory(id, t), 11, 0, trials));

  it('naiveTuning(k = 10, planned 500) steps every 50th and keeps with p = 2 %', () => {
    expect(t).toEqual({ step: 50, p: 0.02 });
  });

  it('running in chunks gives the counts of one run', () => {
    const make = samplerFactory('R', t);
    const whole = runTrialChunk(emptyTally(100, 5), make, 4, 0, 300);
    const parts = runTrialChunk(
      runTrialChunk(emptyTally(100, 5), make, 4, 0, 120),
      make,
      4,
      120,
      180,
    );
    expect(parts).toEqual(whole);
  });

  it('repeatTrial counts one run of a sampler without randomness as many identical runs', () => {
    for (const id of ['firstK', 'everyNth'] as const) {
      const make = samplerFactory(id, t);
      expect(DETERMINISTIC.has(id)).toBe(true);
      expect(repeatTrial(emptyTally(500, 10), make, 5, 300)).toEqual(
        runTrialChunk(emptyTally(500, 10), make, 5, 0, 300),
      );
    }
    expect(DETERMINISTIC.has('fixedP')).toBe(false);
  });

  it('Algorithm R and L land inside the ±3σ band with a p-value that does not reject', () => {
    for (const id of ['R', 'L'] as const) {
      const r = run(id);
      expect(r.bins).toHaveLength(20);
      expect(r.withinBand).toBe(true);
      expect(r.chi.pValue).toBeGreaterThan(0.01);
      expect(r.meanSize).toBe(10);
      expect(r.fair).toBe(true);
    }
  });

  it('first k puts everything in the first bin and fails the test', () => {
    const r = run('firstK');
    expect(r.bins[0]!.count).toBe(2000 * 10);
    expect(r.bins.slice(1).every((b) => b.count === 0)).toBe(true);
    expect(r.fair).toBe(false);
    expect(r.chi.pValue).toBeLessThan(1e-6);
  });

  it('every n-th keeps the same positions every trial and fails the test', () => {
    const r = run('everyNth');
    expect(r.minSize).toBe(r.maxSize);
    expect(r.chi.pValue).toBeLessThan(1e-6);
    expect(r.fair).toBe(false);
  });

  it('fixed probability tuned for 500 orders keeps too many of 1,000', () => {
    const r = run('fixedP', 1000, 500);
    expect(r.meanSize).toBeGreaterThan(15);
    expect(r.maxSize).toBeGreaterThan(r.minSize);
    expect(r.fair).toBe(false);
  });

  it('the band has zero width when k = n and the counts sit on it', () => {
    const r = trialResult(
      'R',
      'R',
      runTrialChunk(emptyTally(4, 4), samplerFactory('R', t), 1, 0, 10),
    );
    expect(r.bins.every((b) => b.low === b.expected && b.high === b.expected)).toBe(true);
    expect(r.withinBand).toBe(true);
  });

  it('samplerTitle names every n-th with an ordinal', () => {
    expect(samplerTitle('everyNth', { step: 180, p: 0 })).toBe('Every 180th order');
    expect(samplerTitle('everyNth', { step: 2, p: 0 })).toBe('Every 2nd order');
    expect(samplerTitle('everyNth', { step: 1, p: 0 })).toBe('Every order');
    expect(ordinal(11)).toBe('11th');
    expect(ordinal(1001)).toBe('1,001st');
    expect(ordinal(23)).toBe('23rd');
  });

  it('formatPValue spells small p-values plainly', () => {
    expect(formatPValue(0.4321)).toBe('0.43');
    expect(formatPValue(0.00213)).toBe('0.0021');
    expect(formatPValue(1e-12)).toBe('< 0.0001');
  });
});

describe('hllSummary', () => {
  it('reports the register each customer touched and stays within 3σ of the exact count', () => {
    const orders = Array.from({ length: 3000 }, (_, i) => order(i, i, 'p1', 100, i % 1200));
    const v = createFeed(orders, hllSummary(10)).advanceTo(3000);
    expect(v.m).toBe(1024);
    expect(v.exact).toBe(1200);
    expect(v.se).toBeCloseTo(1.04 / 32);
    expect(withinBand(v.estimate, v.exact, v.se)).toBe(true);
    expect(v.last).toMatchObject({ customer: 2999 % 1200 });
    expect(v.registers[v.last!.register]!).toBeGreaterThanOrEqual(v.last!.rank);
    expect(v.exactSeries).toHaveLength(3000);
    expect(v.memory).toEqual({ sketch: 1024, exactSet: 9600 });
    for (let i = 0; i < 3000; i += 100)
      expect(withinBand(v.estimateSeries[i]!, v.exactSeries[i]!, v.se)).toBe(true);
  });

  it('distinctCustomers counts each id once', () => {
    expect(
      distinctCustomers([
        order(0, 0, 'p1', 1, 5),
        order(1, 1, 'p1', 1, 5),
        order(2, 2, 'p1', 1, 6),
      ]),
    ).toBe(2);
  });
});

describe('leaderboardSummary', () => {
  it('ranks products exactly and by Space-Saving, whose counts bound the truth', () => {
    const keys = ['p1', 'p1', 'p1', 'p2', 'p2', 'p3', 'p4', 'p1', 'p5', 'p2'];
    const orders = keys.map((k, i) => order(i, i, k, 100));
    const v = createFeed(orders, leaderboardSummary(2)).advanceTo(orders.length);
    expect(v.rows.map((r) => r.exactKey)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
    expect(v.rows[0]!.exactRevenue).toBe(400);
    for (const r of v.rows) expect(r.sameKey).toBe(r.estimate?.key === r.exactKey);
    // Two counters for five products: ranks 3 to 5 have no counter at all.
    expect(v.rows.slice(2).every((r) => r.estimate === null)).toBe(true);
    expect(v.memory).toEqual({ counters: 2, exactKeys: 5 });
    for (const [key, e] of v.held) {
      const truth = v.exact.get(key)!;
      expect(e.count).toBeGreaterThanOrEqual(truth);
      expect(e.count - e.error).toBeLessThanOrEqual(truth);
    }
  });

  it('with a counter per product it is exact', () => {
    const orders = ['p1', 'p2', 'p1', 'p3'].map((k, i) => order(i, i, k, 100 + i));
    const v = createFeed(orders, leaderboardSummary(3)).advanceTo(4);
    expect(v.rows.every((r) => r.sameKey && r.estimate!.error === 0)).toBe(true);
  });

  it('formatBytes spells bytes, KB and MB', () => {
    expect(formatBytes(256)).toBe('256 B');
    expect(formatBytes(4000)).toBe('3.9 KB');
    expect(formatBytes(8 * 1024 * 1024)).toBe('8 MB');
  });
});
