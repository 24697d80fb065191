import { describe, expect, it } from 'vitest';
import { time, scenarios, lab, defaultScenario, type Scenario } from '../../engine';
import {
  fromSlider,
  lateDelayPatch,
  nextSeed,
  outageStart,
  parseInteger,
  scheduleDefaults,
  toSlider,
  windowForKind,
  windowWithSize,
  windowWithSlide,
  withOutage,
} from './model';

const MINUTE = time.MINUTE;

const scenario: Scenario = { ...defaultScenario, outages: [] };

describe('controls model', () => {
  it('nextSeed(42) is 43, and wraps to 0 at the safe-integer limit', () => {
    expect(nextSeed(42)).toBe(43);
    expect(nextSeed(Number.MAX_SAFE_INTEGER)).toBe(0);
  });

  it('parseInteger accepts whole numbers in range and nothing half-typed', () => {
    expect(parseInteger('17', 0, 100)).toBe(17);
    expect(parseInteger(' -3 ', -5, 5)).toBe(-3);
    expect(parseInteger('', 0, 100)).toBeNull();
    expect(parseInteger('-', 0, 100)).toBeNull();
    expect(parseInteger('1.5', 0, 100)).toBeNull();
    expect(parseInteger('101', 0, 100)).toBeNull();
  });

  it('toSlider and fromSlider convert minutes to ms and back', () => {
    expect(toSlider(5 * MINUTE, lab.RANGES.size)).toBe(5);
    expect(fromSlider(5, lab.RANGES.size)).toBe(5 * MINUTE);
    expect(fromSlider(35, lab.RANGES.lateShare, false)).toBe(0.35);
    expect(toSlider(0.1, lab.RANGES.lateShare)).toBe(10);
  });

  it('outageStart uses the playhead inside the orders, else a third of the way in', () => {
    const mid = scenario.start + 10 * MINUTE + 123.4;
    expect(outageStart(scenario, mid)).toBe(Math.round(mid));
    expect(outageStart(scenario, scenario.start)).toBe(scenario.start + 10 * MINUTE);
    expect(outageStart(scenario, scenario.start + scenario.duration + 1)).toBe(
      scenario.start + 10 * MINUTE,
    );
  });

  it('withOutage appends a 30% outage the engine accepts, and stops at the cap', () => {
    const outages = withOutage(scenario, scenario.start, 5);
    expect(outages).toEqual([
      { start: scenario.start + 10 * MINUTE, duration: 5 * MINUTE, share: 0.3 },
    ]);
    expect(() => lab.normalizeLabSettings({ scenario: { outages: outages! } })).not.toThrow();
    const full = {
      ...scenario,
      outages: Array.from({ length: scenarios.MAX_OUTAGES }, () => outages![0]!),
    };
    expect(withOutage(full, 0, 5)).toBeNull();
  });

  it('lateDelayPatch keeps mean <= max whichever moves', () => {
    const d = { kind: 'exponential' as const, mean: 2 * MINUTE, max: 10 * MINUTE };
    expect(lateDelayPatch(d, { mean: 12 * MINUTE })).toEqual({
      mean: 12 * MINUTE,
      max: 12 * MINUTE,
    });
    expect(lateDelayPatch(d, { max: 1 * MINUTE })).toEqual({ max: MINUTE, mean: MINUTE });
    expect(lateDelayPatch(d, { max: 20 * MINUTE })).toEqual({ max: 20 * MINUTE, mean: 2 * MINUTE });
    expect(lab.delayMeanRange(d).max).toBe(10);
  });

  it('windowForKind keeps the size and picks a slide that fits', () => {
    const tumbling = { kind: 'tumbling' as const, size: 10 * MINUTE };
    expect(windowForKind(tumbling, 'sliding')).toEqual({
      kind: 'sliding',
      size: 10 * MINUTE,
      slide: 2 * MINUTE,
    });
    expect(windowForKind(tumbling, 'session')).toEqual({ kind: 'session', gap: 2 * MINUTE });
    expect(windowForKind({ kind: 'session', gap: MINUTE }, 'tumbling')).toEqual({
      kind: 'tumbling',
      size: 5 * MINUTE,
    });
    expect(windowForKind({ kind: 'tumbling', size: MINUTE }, 'sliding')).toEqual({
      kind: 'sliding',
      size: MINUTE,
      slide: MINUTE,
    });
    for (const kind of ['tumbling', 'sliding', 'session'] as const) {
      expect(() =>
        lab.normalizeLabSettings({ window: windowForKind(lab.defaultLabSettings.window, kind) }),
      ).not.toThrow();
    }
  });

  it('windowWithSize shrinks the slide with the size; windowWithSlide never exceeds it', () => {
    const sliding = { kind: 'sliding' as const, size: 10 * MINUTE, slide: 5 * MINUTE, offset: 0 };
    expect(windowWithSize(sliding, 3 * MINUTE)).toEqual({
      kind: 'sliding',
      size: 3 * MINUTE,
      slide: 3 * MINUTE,
    });
    expect(windowWithSlide(sliding, 20 * MINUTE)).toEqual({
      kind: 'sliding',
      size: 10 * MINUTE,
      slide: 10 * MINUTE,
    });
    expect(lab.slideRange(10 * MINUTE).max).toBe(10);
  });

  it('scheduleDefaults fit the sliders of their schedule', () => {
    for (const schedule of ['nightly', 'hourly'] as const) {
      const b = scheduleDefaults(schedule);
      const r = lab.batchRanges(schedule);
      expect(toSlider(b.runDelay, r.runDelay)).toBeLessThanOrEqual(r.runDelay.max);
      expect(toSlider(b.duration, r.duration)).toBeLessThanOrEqual(r.duration.max);
    }
    expect(scheduleDefaults('nightly')).toEqual(lab.defaultLabSettings.batch);
  });

  it('every default setting sits inside its slider range', () => {
    const s = lab.defaultLabSettings;
    const inside = (v: number, r: lab.Range) => toSlider(v, r) >= r.min && toSlider(v, r) <= r.max;
    expect(inside(s.scenario.rate, lab.RANGES.rate)).toBe(true);
    expect(inside(s.scenario.lateShare, lab.RANGES.lateShare)).toBe(true);
    expect(inside(s.scenario.jitter, lab.RANGES.jitter)).toBe(true);
    expect(inside(s.scenario.duration, lab.RANGES.duration)).toBe(true);
    expect(inside(s.scenario.start, lab.RANGES.startHour)).toBe(true);
    expect(inside(s.stream.watermarkBound, lab.RANGES.watermarkBound)).toBe(true);
    expect(inside(s.microBatch.triggerInterval, lab.RANGES.triggerInterval)).toBe(true);
    expect(inside(s.microBatch.watermarkDelay, lab.RANGES.watermarkDelay)).toBe(true);
  });
});
