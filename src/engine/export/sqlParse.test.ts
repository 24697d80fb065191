// The generated SQL parses with dt-sql-parser's FlinkSQL and SparkSQL grammars, for every window
// kind and the settings that change the text. Syntax references:
// - Flink CREATE TABLE ... WATERMARK FOR ... AS ... - INTERVAL: nightlies.apache.org/flink/flink-docs-stable/docs/dev/table/sql/create/
// - Flink TUMBLE / HOP window TVFs, and GROUP BY SESSION(ts, gap) group windows:
//   nightlies.apache.org/flink/flink-docs-stable/docs/dev/table/sql/queries/window-tvf/
// - Spark window(col, duration[, slide[, start]]) and session_window(col, gap):
//   spark.apache.org/docs/latest/structured-streaming-programming-guide.html#window-operations-on-event-time
import { describe, expect, it } from 'vitest';
import { FlinkSQL, SparkSQL } from 'dt-sql-parser';
import { MINUTE, SECOND } from '../core/time';
import type { LabSettingsInput } from '../lab/settings';
import { batchSql } from './batchSql';
import { flinkSql } from './flinkSql';
import { pysparkQuery } from './pyspark';
import { settingsWith } from './testing';

const flink = new FlinkSQL();
const spark = new SparkSQL();

const variants: [string, LabSettingsInput][] = [
  ['the defaults (5 min tumbling)', {}],
  [
    'tumbling with an offset',
    { window: { kind: 'tumbling', size: 10 * MINUTE, offset: 2 * MINUTE } },
  ],
  ['sliding', { window: { kind: 'sliding', size: 10 * MINUTE, slide: 5 * MINUTE } }],
  [
    'sliding with an offset',
    { window: { kind: 'sliding', size: 10 * MINUTE, slide: 5 * MINUTE, offset: MINUTE } },
  ],
  ['session', { window: { kind: 'session', gap: 3 * MINUTE } }],
  ['no watermark bound, no flush', { stream: { watermarkBound: 0, flushAtEnd: false } }],
  ['sub-second bound', { stream: { watermarkBound: 1500 } }],
  ['hourly batch', { batch: { schedule: 'hourly' }, scenario: { duration: 3 * 60 * MINUTE } }],
  ['30 s triggers', { microBatch: { triggerInterval: 30 * SECOND, watermarkDelay: 0 } }],
];

describe('generated SQL parses', () => {
  it.each(variants)('flinkSql(%s) parses with FlinkSQL', (_, patch) => {
    expect(flink.validate(flinkSql(settingsWith(patch)))).toEqual([]);
  });
  it.each(variants)('pysparkQuery(%s) parses with SparkSQL', (_, patch) => {
    expect(spark.validate(pysparkQuery(settingsWith(patch)))).toEqual([]);
  });
  it.each(variants)('batchSql(%s) parses with SparkSQL', (_, patch) => {
    expect(spark.validate(batchSql(settingsWith(patch)))).toEqual([]);
  });
  it('the parsers do reject broken SQL (the checks above can fail)', () => {
    expect(
      flink.validate('SELECT window_start FROM TABLE(TUMBLE(TABLE orders, DESCRIPTOR(t)').length,
    ).toBeGreaterThan(0);
    expect(spark.validate('SELECT window( FROM orders GROUP').length).toBeGreaterThan(0);
  });
});
