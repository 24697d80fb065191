// Every lab setting that changes the exported code changes it where it should, and the Python
// exports are valid Python. References for the expected spellings:
// - Flink: WATERMARK FOR ... AS ... - INTERVAL; Kafka 'scan.bounded.mode' (Kafka SQL connector docs).
// - Spark: withWatermark, window, trigger(processingTime=...), outputMode (Structured Streaming guide).
// - Beam: WindowInto(trigger=AfterWatermark(early=..., late=...), accumulation_mode=...,
//   allowed_lateness=...) (beam.apache.org/documentation/programming-guide/#triggers).
import { describe, expect, it } from 'vitest';
import { MINUTE, SECOND } from '../core/time';
import type { WindowSpec } from '../core/types';
import type { LabSettingsInput } from '../lab/settings';
import { batchQueries, batchSql, MAX_BATCH_QUERIES } from './batchSql';
import { beam } from './beam';
import { differences } from './differences';
import { flinkSql } from './flinkSql';
import { exportCode } from './index';
import { pyspark, pysparkOutputMode } from './pyspark';
import { pythonSyntaxError, settingsWith } from './testing';

const base = settingsWith();
const code = (patch: LabSettingsInput) => {
  const s = settingsWith(patch);
  return { flink: flinkSql(s), pyspark: pyspark(s), beam: beam(s), batch: batchSql(s) };
};
const d = code({});

describe('flinkSql(settings)', () => {
  it("puts the watermark bound, plus the lab's 1 ms, in the WATERMARK clause", () => {
    // Flink SQL emits the expression's value over the newest row; the lab (and Flink's DataStream
    // BoundedOutOfOrdernessWatermarks) emits newest - bound - 1 ms, so the SQL says bound + 1 ms.
    expect(d.flink).toContain("WATERMARK FOR event_time AS event_time - INTERVAL '60.001' SECOND");
    expect(code({ stream: { watermarkBound: 90 * SECOND } }).flink).toContain(
      "event_time - INTERVAL '90.001' SECOND",
    );
    expect(code({ stream: { watermarkBound: 0 } }).flink).toContain(
      "WATERMARK FOR event_time AS event_time - INTERVAL '0.001' SECOND",
    );
  });
  it('writes TUMBLE, HOP or a SESSION group window for the lab window', () => {
    expect(d.flink).toContain("TUMBLE(TABLE orders, DESCRIPTOR(event_time), INTERVAL '5' MINUTE)");
    expect(
      code({ window: { kind: 'tumbling', size: 10 * MINUTE, offset: 2 * MINUTE } }).flink,
    ).toContain(
      "TUMBLE(TABLE orders, DESCRIPTOR(event_time), INTERVAL '10' MINUTE, INTERVAL '2' MINUTE)",
    );
    // HOP takes the slide before the size.
    expect(
      code({ window: { kind: 'sliding', size: 10 * MINUTE, slide: 5 * MINUTE } }).flink,
    ).toContain(
      "HOP(TABLE orders, DESCRIPTOR(event_time), INTERVAL '5' MINUTE, INTERVAL '10' MINUTE)",
    );
    expect(code({ window: { kind: 'session', gap: 3 * MINUTE } }).flink).toContain(
      "GROUP BY SESSION(event_time, INTERVAL '3' MINUTE), `key`",
    );
  });
  it('reads a bounded Kafka range only when the lab flushes at the end', () => {
    expect(d.flink).toContain("'scan.bounded.mode' = 'latest-offset'");
    expect(code({ stream: { flushAtEnd: false } }).flink).not.toContain('scan.bounded.mode');
  });
});

describe('pyspark(settings)', () => {
  it('sets withWatermark, the window, the trigger and the output mode', () => {
    expect(d.pyspark).toContain('.withWatermark("event_time", "1 minute")');
    expect(d.pyspark).toContain("GROUP BY window(event_time, '5 minutes'), `key`");
    expect(d.pyspark).toContain('.trigger(processingTime="1 minute")');
    expect(d.pyspark).toContain('.outputMode("update")');
    const changed = code({
      microBatch: {
        watermarkDelay: 2 * MINUTE,
        triggerInterval: 30 * SECOND,
        outputMode: 'append',
      },
    }).pyspark;
    expect(changed).toContain('.withWatermark("event_time", "2 minutes")');
    expect(changed).toContain('.trigger(processingTime="30 seconds")');
    expect(changed).toContain('.outputMode("append")');
  });
  it('says complete mode ignores the watermark', () => {
    expect(code({ microBatch: { outputMode: 'complete' } }).pyspark).toContain(
      'Spark ignores the watermark',
    );
  });
  it('writes sliding windows with their slide, offsets as startTime, sessions with session_window', () => {
    expect(
      code({ window: { kind: 'sliding', size: 10 * MINUTE, slide: 5 * MINUTE } }).pyspark,
    ).toContain("window(event_time, '10 minutes', '5 minutes')");
    expect(
      code({ window: { kind: 'tumbling', size: 10 * MINUTE, offset: 2 * MINUTE } }).pyspark,
    ).toContain("window(event_time, '10 minutes', '10 minutes', '2 minutes')");
    expect(code({ window: { kind: 'session', gap: 3 * MINUTE } }).pyspark).toContain(
      "GROUP BY session_window(event_time, '3 minutes'), `key`",
    );
  });
  it('runs session windows in a mode Spark accepts: update becomes append, and the code says why', () => {
    // SPARK-36463: session windows refuse update mode; append and complete are accepted.
    const session: WindowSpec = { kind: 'session', gap: 3 * MINUTE };
    const modeOf = (outputMode: 'append' | 'update' | 'complete', window: WindowSpec = session) =>
      pysparkOutputMode(settingsWith({ window, microBatch: { outputMode } }));
    expect(modeOf('update')).toBe('append');
    expect(modeOf('append')).toBe('append');
    expect(modeOf('complete')).toBe('complete');
    expect(modeOf('update', { kind: 'tumbling', size: 5 * MINUTE })).toBe('update');
    const updated = code({ window: session, microBatch: { outputMode: 'update' } }).pyspark;
    expect(updated).toContain('.outputMode("append")');
    expect(updated).not.toContain('.outputMode("update")');
    expect(updated).toContain('Spark refuses update mode with session_window');
    expect(code({ window: session, microBatch: { outputMode: 'complete' } }).pyspark).toContain(
      '.outputMode("complete")',
    );
  });
});

describe('beam(settings)', () => {
  it('writes the window fn, early firings and accumulation', () => {
    expect(d.beam).toContain('window.FixedWindows(300)');
    expect(d.beam).toContain(
      'trigger=trigger.AfterWatermark(early=trigger.AfterProcessingTime(10))',
    );
    expect(d.beam).toContain('accumulation_mode=trigger.AccumulationMode.ACCUMULATING');
    expect(d.beam).toContain('allowed_lateness=Duration(seconds=0)');
  });
  it('adds late firings and the allowed lateness when the lab keeps windows open', () => {
    const late = code({ stream: { allowedLateness: 5 * MINUTE, earlyEvery: 0 } }).beam;
    expect(late).toContain('trigger=trigger.AfterWatermark(late=trigger.AfterCount(1))');
    expect(late).toContain('allowed_lateness=Duration(seconds=300)');
  });
  it('follows the accumulation mode (retracting falls back, with a comment)', () => {
    expect(code({ stream: { accumulation: 'discarding' } }).beam).toContain(
      'AccumulationMode.DISCARDING',
    );
    const retracting = code({ stream: { accumulation: 'retracting' } }).beam;
    expect(retracting).toContain('no runner');
    expect(retracting).toContain('AccumulationMode.ACCUMULATING');
  });
  it('reads event time from the Kafka record timestamps (CreateTime), not by re-stamping', () => {
    expect(d.beam).toContain('timestamp_policy=ReadFromKafka.create_time_policy');
    // Re-stamped 1970 times would sit behind ReadFromKafka's processing-time watermark.
    expect(d.beam).not.toContain('TimestampedValue');
    expect(d.beam).toContain('timestamp_ms=');
    expect(d.beam).toContain('retention.ms=-1');
  });
  it('writes sliding and session windows', () => {
    expect(
      code({ window: { kind: 'sliding', size: 10 * MINUTE, slide: 5 * MINUTE, offset: MINUTE } })
        .beam,
    ).toContain('window.SlidingWindows(600, 300, offset=60)');
    expect(code({ window: { kind: 'session', gap: 90 * SECOND } }).beam).toContain(
      'window.Sessions(90)',
    );
  });
});

describe('batchSql(settings)', () => {
  it('writes one query per day, reading what had arrived when the job started', () => {
    const qs = batchQueries(base);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.sql).toContain("event_time >= TIMESTAMP '1970-01-01 00:00:00'");
    expect(qs[0]!.sql).toContain("event_time < TIMESTAMP '1970-01-02 00:00:00'");
    expect(qs[0]!.sql).toContain("arrival_time < TIMESTAMP '1970-01-02 01:00:00'");
  });
  it('follows the schedule and the run delay', () => {
    const hourly = batchQueries(
      settingsWith({ batch: { schedule: 'hourly', runDelay: 5 * MINUTE } }),
    );
    expect(hourly[0]!.sql).toContain("event_time < TIMESTAMP '1970-01-01 13:00:00'");
    expect(hourly[0]!.sql).toContain("arrival_time < TIMESTAMP '1970-01-01 13:05:00'");
  });
  it("names the job's running time, and covers every day of the scenario", () => {
    expect(code({}).batch).toContain("(the lab's job takes 20 min)");
    expect(code({ batch: { duration: 45 * MINUTE } }).batch).toContain(
      "(the lab's job takes 45 min)",
    );
    const twoDays = batchQueries(
      settingsWith({ scenario: { start: 20 * 60 * MINUTE, duration: 8 * 60 * MINUTE } }),
    );
    expect(twoDays.map((q) => q.periodStart)).toEqual([0, 24 * 60 * MINUTE]);
  });
  it('covers the span it is given and summarises beyond MAX_BATCH_QUERIES', () => {
    const day = 24 * 60 * MINUTE;
    expect(batchQueries(base, { from: 0, to: 3 * day })).toHaveLength(3);
    const many = batchSql(base, { from: 0, to: (MAX_BATCH_QUERIES + 2) * day });
    expect(many).toContain('… and 2 more days');
  });
});

describe('differences(settings)', () => {
  it('names Flink SQL missing allowed lateness only when the lab uses it', () => {
    const has = (patch: LabSettingsInput) =>
      differences(settingsWith(patch)).some(
        (x) => x.target === 'flink' && x.text.includes('no allowed lateness'),
      );
    expect(has({})).toBe(false);
    expect(has({ stream: { allowedLateness: MINUTE } })).toBe(true);
  });
  it('says Flink SQL drops only orders whose window has already fired', () => {
    const text = differences(settingsWith({ stream: { allowedLateness: MINUTE } }))
      .filter((x) => x.target === 'flink')
      .map((x) => x.text)
      .join(' ');
    expect(text).toContain('drops an order whose window has already fired');
    expect(text).not.toContain('drops every order behind the watermark');
  });
  it('says why session windows run in append mode in the PySpark export', () => {
    const notes = (outputMode: 'append' | 'update') =>
      differences(
        settingsWith({ window: { kind: 'session', gap: MINUTE }, microBatch: { outputMode } }),
      )
        .filter((x) => x.target === 'pyspark')
        .map((x) => x.text)
        .join(' ');
    expect(notes('update')).toContain('refuses update mode');
    expect(notes('update')).toContain('append mode');
    expect(notes('append')).not.toContain('refuses update mode');
  });
  it("says ReadFromKafka defaults to processing time, and that the lab's bound has no place", () => {
    const beamNotes = differences(base)
      .filter((x) => x.target === 'beam')
      .map((x) => x.text)
      .join(' ');
    expect(beamNotes).toContain('stamps records with processing time');
    expect(beamNotes).toContain('CreateTime');
    expect(beamNotes).toContain('1 min bound has no place');
  });
  it('names early panes Flink SQL cannot produce', () => {
    const flinkNotes = (patch: LabSettingsInput) =>
      differences(settingsWith(patch))
        .filter((x) => x.target === 'flink')
        .map((x) => x.text)
        .join(' ');
    expect(flinkNotes({})).toContain('early results every 10 s');
    expect(flinkNotes({ stream: { earlyEvery: 0 } })).not.toContain('early results');
  });
  it('names the late-row filter difference only for the "current" setting', () => {
    const notes = (patch: LabSettingsInput) =>
      differences(settingsWith(patch))
        .filter((x) => x.target === 'pyspark')
        .map((x) => x.text)
        .join(' ');
    expect(notes({ microBatch: { lateRowFilter: 'current' } })).toContain(
      "current batch's watermark",
    );
    // The lab's default is Spark 3.4+'s previous-batch filter, as the export targets 3.5+.
    expect(notes({})).not.toContain("current batch's watermark");
    expect(notes({ microBatch: { lateRowFilter: 'previous' } })).not.toContain(
      "current batch's watermark",
    );
  });
  it('exportCode attaches each note to its tab', () => {
    const tabs = exportCode(settingsWith({ stream: { allowedLateness: MINUTE } }));
    expect(tabs.map((t) => t.label)).toEqual([
      'Flink SQL',
      'PySpark',
      'Beam',
      'Batch SQL',
      'Flink DataStream',
    ]);
    expect(tabs[0]!.differences.some((t) => t.includes('no allowed lateness'))).toBe(true);
    expect(tabs[2]!.differences.some((t) => t.includes('no allowed lateness'))).toBe(false);
  });
});

const pythonVariants: [string, LabSettingsInput][] = [
  ['defaults', {}],
  [
    'sliding, late, discarding',
    {
      window: { kind: 'sliding', size: 10 * MINUTE, slide: 5 * MINUTE, offset: MINUTE },
      stream: { allowedLateness: MINUTE, accumulation: 'discarding' },
    },
  ],
  [
    'session, retracting, no early panes',
    {
      window: { kind: 'session', gap: 90 * SECOND },
      stream: { earlyEvery: 0, accumulation: 'retracting' },
    },
  ],
  [
    'complete mode, sub-second bound',
    { microBatch: { outputMode: 'complete' }, stream: { watermarkBound: 1500 } },
  ],
];

describe('Python exports are valid Python (checked with python3 ast.parse)', () => {
  it.each(pythonVariants)('pyspark and beam for %s parse', (_, patch) => {
    const s = settingsWith(patch);
    expect(pythonSyntaxError(pyspark(s))).toBeNull();
    expect(pythonSyntaxError(beam(s))).toBeNull();
  });
  it('the check can fail: broken Python is reported', () => {
    expect(pythonSyntaxError('def f(:\n  pass')).toMatch(/SyntaxError/);
  });
});
