// Links for regions, region outages, the idle timeout and the stream lane's flavour: they read
// back to the same settings, and each bad value is named in the notice and leaves its setting at
// the default (the rest of the link still applies).
import { describe, expect, it } from 'vitest';
import { lab, time } from '../../engine';
import { formatLabUrl, parseLabUrl } from './codec';

describe('parseLabUrl / formatLabUrl: regions, idleness, Kafka Streams', () => {
  it('reads them in their units and writes them back the same', () => {
    const link = '?out=12h10m~10m~1~3&regions=3&idle=30s&engine=kafka-streams&grace=45s&suppress=1';
    const { state, ignored } = parseLabUrl(link);
    expect(ignored).toEqual([]);
    expect(state.settings.scenario.regions).toBe(3);
    expect(state.settings.scenario.outages).toEqual([
      { start: 12 * time.HOUR + 10 * time.MINUTE, duration: 10 * time.MINUTE, share: 1, region: 3 },
    ]);
    expect(state.settings.stream).toMatchObject({
      idleTimeout: 30 * time.SECOND,
      flavour: 'kafka-streams',
      grace: 45 * time.SECOND,
      suppress: true,
    });
    expect(formatLabUrl(state)).toBe(link);
    expect(parseLabUrl(formatLabUrl(state)).state).toEqual(state);
  });

  it('keeps old outage links (no region) as they were, and writes "off" only when it differs', () => {
    const { state } = parseLabUrl('?out=12h10m~10m~0.3&idle=off');
    expect(state.settings.scenario.outages).toEqual([
      { start: 12 * time.HOUR + 10 * time.MINUTE, duration: 10 * time.MINUTE, share: 0.3 },
    ]);
    expect(state.settings.stream.idleTimeout).toBeNull();
    expect(formatLabUrl(state)).toBe('?out=12h10m~10m~0.3');
  });

  it.each([
    ['idle=0', 'idle', 'must be more than 0 (or off)'],
    ['idle=-5s', 'idle', 'not a duration (write it like 30s, 5m, 1h30m or in ms)'],
    ['regions=9', 'regions', 'out of range (must be from 1 to 8)'],
    ['regions=0', 'regions', 'out of range (must be from 1 to 8)'],
    ['out=12h~10m~1~9', 'out', 'outage region out of range (must be from 1 to 8)'],
    ['out=12h~10m~1~x', 'out', 'outage region not a whole number'],
    ['engine=spark', 'engine', 'must be one of flink, kafka-streams'],
    ['suppress=maybe', 'suppress', 'must be 1 or 0'],
    ['grace=-1m', 'grace', 'not a duration (write it like 30s, 5m, 1h30m or in ms)'],
  ])('refuses %s with a clear reason, applying nothing of it', (query, param, reason) => {
    const { state, ignored } = parseLabUrl(`?${query}&seed=7`);
    expect(ignored).toEqual([{ param, value: query.split('=')[1], reason }]);
    expect(state.settings.scenario.seed).toBe(7);
    expect(state.settings.stream).toEqual(lab.defaultLabSettings.stream);
    expect(state.settings.scenario.regions).toBe(1);
    expect(state.settings.scenario.outages).toEqual([]);
  });

  it('blames the outage when it names a region the scenario does not have', () => {
    const { state, ignored } = parseLabUrl('?regions=2&out=12h~10m~1~3');
    expect(ignored.map((i) => i.param)).toEqual(['out']);
    expect(ignored[0]!.reason).toBe(
      'invalid outages[0].region: 3 (must be an integer from 1 to 2: the scenario has 2 regions)',
    );
    expect(state.settings.scenario.regions).toBe(2);
    expect(state.settings.scenario.outages).toEqual([]);
  });
});
