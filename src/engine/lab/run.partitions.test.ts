// runLab with regions, an idle timeout and the Kafka Streams flavour: the settings reach the
// stream job as engine-api.md's "Sources and partitions" asks, and bad values fail by name.
import { describe, expect, it } from 'vitest';
import { HOUR, MINUTE, SECOND } from '../core/time';
import type { OrderEvent } from '../core/types';
import { EngineInputError } from '../core/validate';
import { kafkaStreamsConfigOf, streamConfigOf } from './configs';
import { runLab } from './run';
import { defaultLabSettings, normalizeLabSettings, type LabSettingsInput } from './settings';

const outage = { start: 12 * HOUR + 10 * MINUTE, duration: 10 * MINUTE, share: 1, region: 3 };
const threeRegions: LabSettingsInput = {
  scenario: { lateShare: 0, regions: 3, outages: [outage] },
  stream: { earlyEvery: 0 },
};

describe('lab settings for partitions and flavours', () => {
  it('default to no idle timeout, the Flink / Beam flavour, a 1-minute grace, no suppress', () => {
    expect(defaultLabSettings.stream).toMatchObject({
      idleTimeout: null,
      flavour: 'flink',
      grace: MINUTE,
      suppress: false,
    });
    // Unchanged stream job for the defaults: one partition, no idleness.
    expect(streamConfigOf(normalizeLabSettings()).watermark).toEqual({
      kind: 'bounded',
      maxOutOfOrderness: MINUTE,
      interval: 200,
    });
  });

  it('reads one partition per region, and the idle timeout as withIdleness', () => {
    const s = normalizeLabSettings({ ...threeRegions, stream: { idleTimeout: 30 * SECOND } });
    expect(streamConfigOf(s).watermark).toMatchObject({ partitions: 3, idleTimeout: 30 * SECOND });
    expect(kafkaStreamsConfigOf(s)).toEqual({ window: s.window, grace: MINUTE, suppress: false });
  });

  it.each([
    [{ stream: { idleTimeout: 0 } }, 'invalid stream.idleTimeout: 0 (must be > 0)'],
    [{ stream: { idleTimeout: -5 } }, 'invalid stream.idleTimeout: -5 (must be > 0)'],
    [
      { stream: { flavour: 'spark' } },
      'invalid stream.flavour: "spark" (must be one of flink, kafka-streams)',
    ],
    [{ stream: { grace: -1 } }, 'invalid stream.grace: -1 (must be >= 0)'],
    [{ stream: { suppress: 'yes' } }, 'invalid stream.suppress: "yes" (must be true or false)'],
  ])('rejects %j', (input, message) => {
    expect(() => normalizeLabSettings(input as LabSettingsInput)).toThrow(EngineInputError);
    expect(() => normalizeLabSettings(input as LabSettingsInput)).toThrow(message);
  });
});

describe('runLab with regions and an outage of region 3', () => {
  it('holds the stream without idleness, so the region’s orders count; Spark drops them', () => {
    const run = runLab(threeRegions);
    expect(run.stream.ok && run.microBatch.ok).toBe(true);
    if (!run.stream.ok || !run.microBatch.ok) return;
    const partitions = new Set(run.stream.value.partitionWatermarks?.map((s) => s.partition));
    expect(partitions).toEqual(new Set([0, 1, 2]));
    expect(run.stream.value.dropped).toEqual([]);
    const sparkDropped = run.microBatch.value.flatMap((b) => b.dropped);
    expect(sparkDropped.length).toBeGreaterThan(0);
    expect(sparkDropped.every((e) => e.partition === 2)).toBe(true);
  });

  it('with an idle timeout lets the windows fire, and drops the region’s orders when it returns', () => {
    const run = runLab({ ...threeRegions, stream: { earlyEvery: 0, idleTimeout: 30 * SECOND } });
    if (!run.stream.ok) throw new Error(run.stream.error);
    const dropped = run.stream.value.dropped;
    expect(dropped.length).toBeGreaterThan(0);
    expect(dropped.every((e) => e.partition === 2)).toBe(true);
    expect(run.stream.value.partitionWatermarks?.some((s) => s.partition === 2 && s.idle)).toBe(
      true,
    );
  });

  it('reuses the stream lane when only another lane’s setting moves', () => {
    const first = runLab(threeRegions);
    const next = runLab({ ...threeRegions, microBatch: { watermarkDelay: 2 * MINUTE } }, first);
    expect(next.stream).toBe(first.stream);
    const other = runLab({ ...threeRegions, stream: { idleTimeout: MINUTE } }, first);
    expect(other.stream).not.toBe(first.stream);
  });
});

describe('runLab with the Kafka Streams flavour', () => {
  const kafka = (stream: LabSettingsInput['stream']) =>
    runLab({ ...threeRegions, stream: { flavour: 'kafka-streams', ...stream } });

  it('emits an update per order without suppress, and no row when a window closes', () => {
    const run = kafka({ suppress: false });
    if (!run.stream.ok) throw new Error(run.stream.error);
    const timings = new Set(run.stream.value.panes.map((p) => p.timing));
    expect(timings).toEqual(new Set(['early']));
    expect(run.lanes.stream.emissions.length).toBeGreaterThan(run.events.length / 2);
  });

  it('emits one final row per key and window with suppress, and never waits for the silent region', () => {
    const run = kafka({ suppress: true, grace: 30 * SECOND });
    if (!run.stream.ok) throw new Error(run.stream.error);
    const panes = run.stream.value.panes;
    expect(new Set(panes.map((p) => p.timing))).toEqual(new Set(['on-time']));
    const ids = panes.map((p) => `${p.key}|${p.window.start}`);
    expect(new Set(ids).size).toBe(ids.length);
    // Stream time moved on with regions 1 and 2: region 3's backlog was too late for its windows.
    expect(run.stream.value.dropped.every((e) => e.partition === 2)).toBe(true);
    expect(run.stream.value.dropped.length).toBeGreaterThan(0);
  });

  it('reports session windows as a stream lane error, as the micro-batch lane does', () => {
    const run = runLab({
      window: { kind: 'session', gap: MINUTE },
      stream: { flavour: 'kafka-streams' },
    });
    expect(run.stream.ok).toBe(false);
    expect(run.lanes.stream.error).toMatch(/Kafka Streams/);
  });
});

describe('runLab with imported orders carrying partitions', () => {
  it('reads the partitions the file has, whatever the scenario’s regions', () => {
    const orders: OrderEvent[] = [0, 1, 2, 3, 4, 5].map((p, i) => ({
      id: i,
      key: 'p1',
      amount: 100,
      eventTime: 12 * HOUR + i * SECOND,
      arrivalTime: 12 * HOUR + i * SECOND,
      partition: p,
    }));
    const run = runLab({ scenario: { regions: 3 } }, undefined, orders);
    if (!run.stream.ok) throw new Error(run.stream.error);
    const partitions = new Set(run.stream.value.partitionWatermarks?.map((s) => s.partition));
    expect(partitions.size).toBe(6);
  });
});
