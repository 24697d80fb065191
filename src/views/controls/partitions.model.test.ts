import { describe, expect, it } from 'vitest';
import { time, scenarios, defaultScenario, type Scenario } from '../../engine';
import {
  idleFromSlider,
  idleToSlider,
  OUTAGE_SHARE,
  outageWords,
  regionsPatch,
  withOutage,
} from './model';

const MINUTE = time.MINUTE;

const three: Scenario = { ...defaultScenario, regions: 3, outages: [] };
const at = 12 * 60 * MINUTE + 10 * MINUTE;

describe('controls model: regions and region outages', () => {
  it('withOutage(scenario, playhead, minutes, region) takes that whole region offline', () => {
    expect(withOutage(three, at, 5, 2)).toEqual([
      { start: at, duration: 5 * MINUTE, share: 1, region: 2 },
    ]);
    // Without a region (or one the scenario lacks), a share of every region's sources.
    expect(withOutage(three, at, 5)).toEqual([
      { start: at, duration: 5 * MINUTE, share: OUTAGE_SHARE },
    ]);
    expect(withOutage(three, at, 5, 4)![0]).not.toHaveProperty('region');
    // Whatever it returns, the engine takes.
    expect(() =>
      scenarios.normalizeScenario({ ...three, outages: withOutage(three, at, 5, 3)! }),
    ).not.toThrow();
  });

  it('regionsPatch drops the outages of regions that no longer exist, keeping the others', () => {
    const outages = [
      { start: at, duration: MINUTE, share: 1, region: 3 },
      { start: at, duration: MINUTE, share: 0.3 },
      { start: at, duration: MINUTE, share: 1, region: 1 },
    ];
    const s = { ...three, outages };
    expect(regionsPatch(s, 4)).toEqual({ regions: 4 });
    expect(regionsPatch(s, 2)).toEqual({ regions: 2, outages: [outages[1], outages[2]] });
    expect(() => scenarios.normalizeScenario({ ...s, ...regionsPatch(s, 2) })).not.toThrow();
  });

  it('outageWords names the region or the share of sources', () => {
    const clock = () => '12:10';
    expect(outageWords({ start: at, duration: MINUTE, share: 1, region: 3 }, clock, '5 min')).toBe(
      '12:10 for 5 min (region 3)',
    );
    expect(outageWords({ start: at, duration: MINUTE, share: 0.3 }, clock, '5 min')).toBe(
      '12:10 for 5 min (30 % of sources)',
    );
  });

  it('reads the idle timeout slider as off at 0, and off back as 0', () => {
    expect(idleFromSlider(0)).toBeNull();
    expect(idleFromSlider(30_000)).toBe(30_000);
    expect(idleToSlider(null)).toBe(0);
    expect(idleToSlider(30_000)).toBe(30_000);
  });
});
