import { describe, expect, it } from 'vitest';
import { MINUTE, SECOND } from '../core/time';
import { RATE_PER } from '../events/scenario';
import {
  MAX_LINK_ORDERS,
  RANGES,
  batchRanges,
  defaultLabSettings,
  mergeSettings,
  normalizeLabSettings,
  type Range,
} from './settings';

/** Every value a slider can take, in setting units. */
function positions(r: Range): number[] {
  const n = Math.round((r.max - r.min) / r.step);
  return Array.from({ length: n + 1 }, (_, i) => (r.min + i * r.step) * r.unit);
}

describe('MAX_LINK_ORDERS', () => {
  it('is the most orders any pair of rate and duration slider positions asks for', () => {
    let most = 0;
    for (const rate of positions(RANGES.rate)) {
      for (const duration of positions(RANGES.duration)) {
        most = Math.max(most, (rate * duration) / RATE_PER);
      }
    }
    expect(MAX_LINK_ORDERS).toBe(most);
  });

  it('is 240,000: 1,000 orders a minute for four hours, as docs/url-parameters.md says', () => {
    expect(MAX_LINK_ORDERS).toBe(240_000);
  });

  it('the sliders at their ends are settings the engine accepts, asking for exactly the limit', () => {
    const rate = RANGES.rate.max * RANGES.rate.unit;
    const duration = RANGES.duration.max * RANGES.duration.unit;
    const s = normalizeLabSettings({ scenario: { rate, duration } });
    expect((s.scenario.rate * s.scenario.duration) / RATE_PER).toBe(MAX_LINK_ORDERS);
  });
});

describe('RANGES', () => {
  it('every fixed range runs from min to max in whole steps', () => {
    for (const [name, r] of Object.entries(RANGES)) {
      expect(r.min, name).toBeLessThan(r.max);
      const steps = (r.max - r.min) / r.step;
      expect(Math.abs(steps - Math.round(steps)), name).toBeLessThan(1e-9);
    }
  });

  it("the default settings sit inside their sliders' ranges", () => {
    const d = defaultLabSettings;
    const inside = (value: number, r: Range) => value >= r.min * r.unit && value <= r.max * r.unit;
    expect(inside(d.scenario.rate, RANGES.rate)).toBe(true);
    expect(inside(d.scenario.duration, RANGES.duration)).toBe(true);
    expect(inside(d.stream.watermarkBound, RANGES.watermarkBound)).toBe(true);
    expect(inside(d.microBatch.triggerInterval, RANGES.triggerInterval)).toBe(true);
    expect(inside(d.batch.runDelay, batchRanges(d.batch.schedule).runDelay)).toBe(true);
    expect(inside(d.batch.duration, batchRanges(d.batch.schedule).duration)).toBe(true);
  });
});

describe('mergeSettings(base, patch)', () => {
  it('with an empty patch gives the base settings', () => {
    expect(normalizeLabSettings(mergeSettings(defaultLabSettings, {}))).toEqual(
      normalizeLabSettings(defaultLabSettings),
    );
  });

  it('changes the patched fields of a section and keeps the others', () => {
    const merged = normalizeLabSettings(
      mergeSettings(defaultLabSettings, { stream: { allowedLateness: 30 * SECOND } }),
    );
    expect(merged.stream).toEqual({ ...defaultLabSettings.stream, allowedLateness: 30 * SECOND });
    expect(merged.microBatch).toEqual(defaultLabSettings.microBatch);
    expect(merged.window).toEqual(defaultLabSettings.window);
  });

  it("merges the late delay one level deeper, so a patched max keeps the delay's kind and mean", () => {
    const base = normalizeLabSettings({
      scenario: { lateDelay: { kind: 'lognormal', mean: 2 * MINUTE, max: 10 * MINUTE, sigma: 2 } },
    });
    const merged = normalizeLabSettings(
      mergeSettings(base, { scenario: { lateDelay: { max: 20 * MINUTE } } }),
    );
    expect(merged.scenario.lateDelay).toEqual({
      kind: 'lognormal',
      mean: 2 * MINUTE,
      max: 20 * MINUTE,
      sigma: 2,
    });
    expect(merged.scenario.seed).toBe(base.scenario.seed);
  });

  it('replaces the window whole: a session patch leaves no size behind', () => {
    const merged = mergeSettings(defaultLabSettings, { window: { kind: 'session', gap: MINUTE } });
    expect(merged.window).toEqual({ kind: 'session', gap: MINUTE });
  });
});
