// The code export for regions, the idle timeout and the Kafka Streams flavour: the spellings the
// engines' docs use, and Java that parses (java-parser, the parser of prettier-plugin-java), as
// the SQL does with dt-sql-parser. References:
// - Flink: WatermarkStrategy.forBoundedOutOfOrderness(...).withIdleness(Duration) ("Generating
//   Watermarks", "Dealing With Idle Sources"); SET 'table.exec.source.idle-timeout' (Table config).
// - Kafka Streams: TimeWindows.ofSizeAndGrace, advanceBy, suppress(Suppressed.untilWindowCloses(
//   Suppressed.BufferConfig.unbounded())) (Streams DSL docs, "Window Final Results").
import { describe, expect, it } from 'vitest';
import { parse as parseJava } from 'java-parser';
import { FlinkSQL } from 'dt-sql-parser';
import { MINUTE, SECOND } from '../core/time';
import type { LabSettingsInput } from '../lab/settings';
import { flinkDataStream } from './flinkDataStream';
import { flinkSql } from './flinkSql';
import { exportCode } from './index';
import { kafkaStreamsJava } from './kafkaStreams';
import { settingsWith } from './testing';

/** Null when the Java parses, else the parser's message. */
function javaError(code: string): string | null {
  try {
    parseJava(code);
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}

const variants: [string, LabSettingsInput][] = [
  ['the defaults', {}],
  ['three regions, idle 30 s', { scenario: { regions: 3 }, stream: { idleTimeout: 30 * SECOND } }],
  [
    'sliding with an offset',
    { window: { kind: 'sliding', size: 10 * MINUTE, slide: 5 * MINUTE, offset: MINUTE } },
  ],
  ['session', { window: { kind: 'session', gap: 3 * MINUTE } }],
  [
    'lateness, no flush, sub-second bound',
    { stream: { allowedLateness: MINUTE, flushAtEnd: false, watermarkBound: 1500 } },
  ],
  [
    'Kafka Streams, suppress, 30 s grace',
    { stream: { flavour: 'kafka-streams', suppress: true, grace: 30 * SECOND } },
  ],
  [
    'Kafka Streams, hopping, per record',
    {
      window: { kind: 'sliding', size: 10 * MINUTE, slide: 5 * MINUTE },
      stream: { flavour: 'kafka-streams' },
    },
  ],
  [
    'Kafka Streams, sessions',
    { window: { kind: 'session', gap: MINUTE }, stream: { flavour: 'kafka-streams' } },
  ],
];

describe('generated Java parses', () => {
  it.each(variants)('flinkDataStream(%s) parses', (_, patch) => {
    expect(javaError(flinkDataStream(settingsWith(patch)))).toBeNull();
  });
  it.each(variants)('kafkaStreamsJava(%s) parses', (_, patch) => {
    expect(javaError(kafkaStreamsJava(settingsWith(patch)))).toBeNull();
  });
  it('the parser does reject broken Java (the checks above can fail)', () => {
    expect(javaError('class A { void f( { }')).not.toBeNull();
    expect(
      javaError(flinkDataStream(settingsWith()).replace('.build();', '.build(')),
    ).not.toBeNull();
  });
});

describe('flinkDataStream(settings)', () => {
  it('gives the source the bounded watermark strategy, with withIdleness only when the lab idles', () => {
    const plain = flinkDataStream(settingsWith());
    expect(plain).toContain(
      'WatermarkStrategy.<String>forBoundedOutOfOrderness(Duration.ofMinutes(1))',
    );
    expect(plain).toContain('.fromSource(source, watermarks, "orders")');
    expect(plain).not.toContain('withIdleness');
    const idle = flinkDataStream(settingsWith({ stream: { idleTimeout: 30 * SECOND } }));
    expect(idle).toContain('.withIdleness(Duration.ofSeconds(30))');
  });
  it('writes the window, the allowed lateness and the late side output', () => {
    const code = flinkDataStream(settingsWith({ stream: { allowedLateness: 2 * MINUTE } }));
    expect(code).toContain('.window(TumblingEventTimeWindows.of(Duration.ofMinutes(5)))');
    expect(code).toContain('.allowedLateness(Duration.ofMinutes(2))');
    expect(code).toContain('.sideOutputLateData(late)');
  });
});

describe('flinkSql(settings) with an idle timeout', () => {
  it("sets 'table.exec.source.idle-timeout', and still parses", () => {
    const sql = flinkSql(settingsWith({ stream: { idleTimeout: 30 * SECOND } }));
    expect(sql).toContain("SET 'table.exec.source.idle-timeout' = '30 s';");
    expect(new FlinkSQL().validate(sql)).toEqual([]);
    expect(flinkSql(settingsWith({ stream: { idleTimeout: 2 * MINUTE } }))).toContain("= '2 min'");
    expect(flinkSql(settingsWith())).not.toContain('idle-timeout');
  });
});

describe('kafkaStreamsJava(settings)', () => {
  it('windows with ofSizeAndGrace and suppresses only when the lab does', () => {
    const perRecord = kafkaStreamsJava(settingsWith({ stream: { flavour: 'kafka-streams' } }));
    expect(perRecord).toContain(
      '.windowedBy(TimeWindows.ofSizeAndGrace(Duration.ofMinutes(5), Duration.ofMinutes(1)))',
    );
    expect(perRecord).not.toContain('.suppress(');
    const final = kafkaStreamsJava(
      settingsWith({ stream: { flavour: 'kafka-streams', suppress: true, grace: 30 * SECOND } }),
    );
    expect(final).toContain(
      'TimeWindows.ofSizeAndGrace(Duration.ofMinutes(5), Duration.ofSeconds(30))',
    );
    expect(final).toContain(
      '.suppress(Suppressed.untilWindowCloses(Suppressed.BufferConfig.unbounded()))',
    );
  });
  it("says in its header that it speaks Kafka Streams' words (stream time, grace)", () => {
    expect(kafkaStreamsJava(settingsWith())).toMatch(
      /In Kafka Streams' words: no watermark, but stream time/,
    );
  });
  it('writes hopping windows with advanceBy', () => {
    const code = kafkaStreamsJava(
      settingsWith({ window: { kind: 'sliding', size: 10 * MINUTE, slide: 5 * MINUTE } }),
    );
    expect(code).toContain('.advanceBy(Duration.ofMinutes(5))');
  });
});

describe('exportCode(settings) tabs follow the stream engine', () => {
  it('Flink / Beam: Flink SQL, PySpark, Beam, Batch SQL, then Flink DataStream', () => {
    expect(exportCode(settingsWith()).map((t) => t.label)).toEqual([
      'Flink SQL',
      'PySpark',
      'Beam',
      'Batch SQL',
      'Flink DataStream',
    ]);
  });
  it('Kafka Streams: its Java first, then PySpark and Batch SQL, each with its notes', () => {
    const tabs = exportCode(settingsWith({ stream: { flavour: 'kafka-streams' } }));
    expect(tabs.map((t) => t.label)).toEqual(['Kafka Streams', 'PySpark', 'Batch SQL']);
    expect(tabs[0]!.language).toBe('java');
    expect(tabs[0]!.differences.join(' ')).toMatch(/one stream time/);
  });
});
