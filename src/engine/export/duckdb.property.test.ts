// DuckDB as the lab's second opinion. A real SQL engine runs (1) the "DuckDB SQL" export on the
// exported orders file and must give the lab's truth and batch lane row for row, and (2) the
// stream lane's drop rule (per-event watermark) and the micro-batch lane's late-row rule,
// written here as SQL over the arrival-ordered log, and must drop exactly the engine's orders.
// Two formulations of one rule that agree on random scenarios are evidence neither is wrong.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOUR, MINUTE, SECOND } from '../core/time';
import type { Row, WindowSpec } from '../core/types';
import { eventsToCsv, eventsToJsonl } from '../io/serialize';
import { microBatchConfigOf, streamConfigOf } from '../lab/configs';
import { runLab, type LabRun } from '../lab/run';
import type { LabSettingsInput } from '../lab/settings';
import { runStream } from '../pipelines/stream';
import { batchRefusal, DUCKDB_SOURCE_FILES, duckdbSql, type DuckdbSource } from './duckdb';

const RUNS = 30;
/** DuckDB and the lab on a loaded 2-core machine: generous, as each run is a whole lab. */
const TIMEOUT = 180_000;

let instance: DuckDBInstance;
let dir: string;

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  dir = mkdtempSync(join(tmpdir(), 'lab-duckdb-'));
});
afterAll(() => {
  instance?.closeSync();
  rmSync(dir, { recursive: true, force: true });
});

let exports = 0;

/**
 * Writes the run's orders as the events export writes them, into a folder of their own, and
 * opens a fresh connection (temp views are per connection) that finds the files there, as the
 * duckdb command finds them beside the script.
 */
async function exportOrders(run: LabRun): Promise<DuckDBConnection> {
  const folder = join(dir, String(exports++));
  mkdirSync(folder);
  writeFileSync(join(folder, DUCKDB_SOURCE_FILES.csv), eventsToCsv(run.events));
  writeFileSync(join(folder, DUCKDB_SOURCE_FILES.jsonl), eventsToJsonl(run.events));
  const con = await instance.connect();
  await con.run(`SET file_search_path = '${folder}'`);
  return con;
}

/** "start:end|key value count", one per row, sorted: a diff of two lists shows what differs. */
const rowText = (start: number, end: number, key: string, value: number, count: number) =>
  `${start}:${end}|${key} ${value} ${count}`;
const labRows = (rows: readonly Row[]) =>
  rows.map((r) => rowText(r.window.start, r.window.end, r.key, r.value, r.count)).sort();

async function sqlRows(con: DuckDBConnection, view: string, extra = ''): Promise<string[]> {
  const result = await con.runAndReadAll(
    `SELECT epoch_ms(window_start) AS s, epoch_ms(window_end) AS e, "key", revenue, orders${extra}
     FROM ${view}`,
  );
  return result
    .getRowObjectsJS()
    .map((r) =>
      rowText(Number(r.s), Number(r.e), String(r.key), Number(r.revenue), Number(r.orders)),
    )
    .sort();
}

const arbScenario = fc.record({
  seed: fc.integer({ min: 0, max: 0x7fffffff }),
  // Any ms of the day: windows and periods rarely line up with the first order.
  start: fc.integer({ min: 0, max: 23 * HOUR }),
  duration: fc.integer({ min: 10, max: 60 }).map((m) => m * MINUTE),
  rate: fc.integer({ min: 2, max: 30 }),
  products: fc.integer({ min: 1, max: 6 }),
  lateShare: fc.integer({ min: 0, max: 60 }).map((p) => p / 100),
  lateDelay: fc
    .record({ mean: fc.integer({ min: 20, max: 600 }), factor: fc.integer({ min: 1, max: 6 }) })
    .map(({ mean, factor }) => ({
      kind: 'exponential' as const,
      mean: mean * SECOND,
      max: mean * factor * SECOND,
    })),
});

const arbTumbling = fc
  // 7 minutes does not divide an hour: the lab's batch job refuses it, and the export must say so.
  .constantFrom(1, 2, 3, 5, 10, 15, 20, 30, 60, 7)
  .chain((size) =>
    fc.record({
      size: fc.constant(size * MINUTE),
      // Mostly aligned; an offset makes the batch job refuse the settings too.
      offset: fc.oneof(
        fc.constant(0),
        fc.constant(0),
        fc.integer({ min: 1, max: size * 60 - 1 }).map((s) => s * SECOND),
      ),
    }),
  )
  .map(({ size, offset }): WindowSpec => ({ kind: 'tumbling', size, offset }));
const arbSliding = fc
  .record({
    slide: fc.integer({ min: 1, max: 5 }),
    times: fc.integer({ min: 1, max: 4 }),
    offset: fc.integer({ min: 0, max: 50 }),
  })
  .map(({ slide, times, offset }): WindowSpec => ({
    kind: 'sliding',
    size: slide * times * MINUTE,
    slide: slide * MINUTE,
    offset: (offset * SECOND) % (slide * MINUTE),
  }));
const arbSession = fc
  .integer({ min: 10, max: 600 })
  .map((s): WindowSpec => ({ kind: 'session', gap: s * SECOND }));

/** A duration in whole seconds up to `max` s, or half the time in whole minutes (boundaries meet). */
const arbDuration = (min: number, max: number) =>
  fc.oneof(
    fc.integer({ min, max }).map((s) => s * SECOND),
    fc.integer({ min: Math.ceil(min / 60), max: Math.floor(max / 60) }).map((m) => m * MINUTE),
  );

const arbSettings = (windows: fc.Arbitrary<WindowSpec>): fc.Arbitrary<LabSettingsInput> =>
  fc.record({
    scenario: arbScenario,
    window: windows,
    stream: fc.record({
      watermarkBound: arbDuration(0, 300),
      allowedLateness: fc.oneof(fc.constant(0), arbDuration(1, 300)),
    }),
    microBatch: fc.record({
      triggerInterval: arbDuration(5, 180),
      watermarkDelay: arbDuration(0, 300),
      outputMode: fc.constantFrom('append' as const, 'update' as const, 'complete' as const),
      lateRowFilter: fc.constantFrom('current' as const, 'previous' as const),
    }),
    batch: fc.record({
      schedule: fc.constantFrom('hourly' as const, 'nightly' as const),
      // Often right at the period's end, where the stragglers of the period still arrive.
      runDelay: fc
        .oneof(fc.constant(0), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 120 }))
        .map((m) => m * MINUTE),
    }),
  });

/**
 * Generated orders as they are (any millisecond), or with their times rounded to whole seconds
 * or whole minutes, as a file from a system that logs coarser times would give them. Every
 * setting is whole seconds or minutes too, so on a grid an order often lands exactly on a
 * window's end, a job's start or a watermark's value: the boundaries where an off-by-one shows.
 */
const arbGrid = fc.constantFrom(0, SECOND, MINUTE, MINUTE);

/** The lab on these settings, on its generated orders put on `grid` (0: left as they are). */
function labRun(input: LabSettingsInput, grid: number): LabRun {
  const run = runLab(input);
  if (grid === 0) return run;
  const round = (ms: number) => Math.round(ms / grid) * grid;
  const orders = run.events
    .map((e) => ({ ...e, eventTime: round(e.eventTime), arrivalTime: round(e.arrivalTime) }))
    .sort((a, b) => a.arrivalTime - b.arrivalTime || a.id - b.id);
  return runLab(run.settings, undefined, orders);
}

describe('the DuckDB SQL export, run by DuckDB on the exported orders', () => {
  it(
    'gives the lab truth and the batch lane rows, for random scenarios and windows',
    { timeout: TIMEOUT },
    async () => {
      let batchesCompared = 0;
      let refusals = 0;
      await fc.assert(
        fc.asyncProperty(
          arbSettings(fc.oneof(arbTumbling, arbSliding, arbSession)),
          fc.constantFrom<DuckdbSource>('csv', 'jsonl'),
          arbGrid,
          async (input, source, grid) => {
            const run = labRun(input, grid);
            const con = await exportOrders(run);
            try {
              await con.run(duckdbSql(run.settings, source));
              expect(await sqlRows(con, 'truth')).toEqual(labRows(run.truth));
              const refusal = batchRefusal(run.settings);
              if (run.batch.ok) {
                expect(refusal).toBeNull();
                const lane = run.batch.value.runs.flatMap((r) => r.rows);
                expect(await sqlRows(con, 'batch_job')).toEqual(labRows(lane));
                batchesCompared++;
              } else {
                // The lab's batch lane cannot run these settings, and the script says why.
                expect(refusal).not.toBeNull();
                expect(duckdbSql(run.settings, source)).toContain(refusal!);
                const views = await con.runAndReadAll(
                  "SELECT view_name FROM duckdb_views() WHERE view_name = 'batch_job'",
                );
                expect(views.getRowObjectsJS()).toEqual([]);
                refusals++;
              }
            } finally {
              con.closeSync();
            }
          },
        ),
        { numRuns: RUNS },
      );
      // Both kinds of scenario came up: the comparison above was not always the same branch.
      expect(batchesCompared).toBeGreaterThan(5);
      expect(refusals).toBeGreaterThan(0);
    },
  );

  it('at the boundary: the batch job reads an order that arrived a millisecond before it started, not one at its start', async () => {
    const orders = [
      { id: 0, key: 'p1', amount: 100, eventTime: 12 * HOUR + 10, arrivalTime: 13 * HOUR - 1 },
      { id: 1, key: 'p1', amount: 200, eventTime: 12 * HOUR + 20, arrivalTime: 13 * HOUR },
      { id: 2, key: 'p1', amount: 400, eventTime: 13 * HOUR + 30, arrivalTime: 13 * HOUR + 40 },
    ];
    const run = runLab(
      { window: { kind: 'tumbling', size: HOUR }, batch: { schedule: 'hourly', runDelay: 0 } },
      undefined,
      orders,
    );
    if (!run.batch.ok) throw new Error(run.batch.error);
    const lane = run.batch.value.runs.flatMap((r) => r.rows);
    expect(labRows(lane)).toEqual([
      rowText(12 * HOUR, 13 * HOUR, 'p1', 100, 1),
      rowText(13 * HOUR, 14 * HOUR, 'p1', 400, 1),
    ]);
    const con = await exportOrders(run);
    await con.run(duckdbSql(run.settings));
    expect(await sqlRows(con, 'batch_job')).toEqual(labRows(lane));
    con.closeSync();
  });

  it('reads the orders the lab exported: keys with commas, quotes and spaces survive', async () => {
    const orders = [
      { id: 0, key: 'a,b', amount: 150, eventTime: 12 * HOUR, arrivalTime: 12 * HOUR + 5 },
      { id: 1, key: '"q"', amount: 250, eventTime: 12 * HOUR + 1, arrivalTime: 12 * HOUR + 6 },
      { id: 2, key: ' lead', amount: 350, eventTime: 12 * HOUR + 2, arrivalTime: 12 * HOUR + 9 },
    ];
    const run = runLab({}, undefined, orders);
    for (const source of ['csv', 'jsonl'] as const) {
      const con = await exportOrders(run);
      await con.run(duckdbSql(run.settings, source));
      expect(await sqlRows(con, 'truth')).toEqual(labRows(run.truth));
      con.closeSync();
    }
  });
});

/** The last window an order at `ms` belongs to ends here (tumbling: its only window). */
function lastWindowEnd(w: WindowSpec, ms: string): string {
  if (w.kind !== 'tumbling' && w.kind !== 'sliding') throw new Error(`no rule for ${w.kind}`);
  const step = w.kind === 'tumbling' ? w.size : w.slide;
  const offset = w.offset ?? 0;
  return `(${ms} - ((${ms} - ${offset}) % ${step} + ${step}) % ${step} + ${w.size})`;
}

/**
 * The stream lane's drop rule with a watermark after every order, as SQL: read in arrival order
 * (ties: lower id), the watermark an order meets is the largest event time before it minus the
 * bound minus 1 ms; the order is dropped when even its last window ended (end - 1) at least
 * allowedLateness before that watermark.
 */
function streamDropsSql(w: WindowSpec, bound: number, lateness: number): string {
  return `WITH log AS (
  SELECT id, event_ms,
         MAX(event_ms) OVER (ORDER BY arrival_ms, id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
           - ${bound} - 1 AS watermark
  FROM orders
)
SELECT id FROM log WHERE ${lastWindowEnd(w, 'event_ms')} - 1 + ${lateness} <= watermark ORDER BY id`;
}

/**
 * The micro-batch lane's late-row rule, as SQL: a batch at each multiple of the interval reads
 * the arrivals since the previous one; the watermark starts at 0 and, after each batch, becomes
 * the largest (event time - delay) so far; the next batch uses it. An order is dropped when its
 * last window ends at or before the batch's late watermark: that watermark ('current'), or with
 * 'previous' the one the batch before used, when that batch ran at the previous trigger (a gap
 * means a no-data batch ran and caught up). Complete mode drops nothing.
 */
function microDropsSql(
  w: WindowSpec,
  interval: number,
  delay: number,
  filter: 'current' | 'previous',
  mode: string,
): string {
  if (mode === 'complete') return 'SELECT id FROM orders WHERE false';
  const late =
    filter === 'current'
      ? 'current_wm'
      : `CASE WHEN prev_trigger = trigger_ms - ${interval} THEN prev_wm ELSE current_wm END`;
  return `WITH log AS (
  SELECT id, event_ms, arrival_ms - (arrival_ms % ${interval} + ${interval}) % ${interval} + ${interval} AS trigger_ms
  FROM orders
), batches AS (
  SELECT trigger_ms, MAX(event_ms) - ${delay} AS proposed FROM log GROUP BY trigger_ms
), marks AS (
  SELECT trigger_ms,
         GREATEST(0, COALESCE(MAX(proposed) OVER (ORDER BY trigger_ms ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)) AS current_wm,
         LAG(trigger_ms) OVER (ORDER BY trigger_ms) AS prev_trigger
  FROM batches
), used AS (
  SELECT *, LAG(current_wm, 1, 0) OVER (ORDER BY trigger_ms) AS prev_wm FROM marks
)
SELECT id FROM log JOIN used USING (trigger_ms)
WHERE ${lastWindowEnd(w, 'event_ms')} <= ${late}
ORDER BY id`;
}

async function ids(con: DuckDBConnection, sql: string): Promise<number[]> {
  return (await con.runAndReadAll(sql)).getRowObjectsJS().map((r) => Number(r.id));
}

/** Ids the engine drops: the stream lane's job with a watermark after every order, and the
 * micro-batch lane exactly as the lab runs it. */
function engineDrops(run: LabRun): { stream: number[]; micro: number[] } {
  const s = run.settings;
  const perEvent = runStream(run.events, {
    ...streamConfigOf(s),
    watermark: { kind: 'bounded', maxOutOfOrderness: s.stream.watermarkBound, interval: 0 },
  });
  if (!run.microBatch.ok) throw new Error(run.microBatch.error);
  const byId = (a: number, b: number) => a - b;
  return {
    stream: perEvent.dropped.map((e) => e.id).sort(byId),
    micro: run.microBatch.value.flatMap((b) => b.dropped.map((e) => e.id)).sort(byId),
  };
}

/** The same, from the rules written as SQL over the exported orders. */
async function sqlDrops(run: LabRun): Promise<{ stream: number[]; micro: number[] }> {
  const s = run.settings;
  const mb = microBatchConfigOf(s);
  const con = await exportOrders(run);
  try {
    await con.run(duckdbSql(s, 'csv'));
    return {
      stream: await ids(
        con,
        streamDropsSql(s.window, s.stream.watermarkBound, s.stream.allowedLateness),
      ),
      micro: await ids(
        con,
        microDropsSql(
          s.window,
          mb.triggerInterval,
          mb.watermarkDelay,
          mb.lateRowFilter ?? 'current',
          mb.outputMode,
        ),
      ),
    };
  } finally {
    con.closeSync();
  }
}

describe('drop rules written as SQL over the arrival-ordered log drop the engine orders', () => {
  it('at the boundary: a window is late once the watermark reaches its end - 1 (stream) or its end (micro-batch)', async () => {
    const at = (m: number, sec = 0) => 12 * HOUR + m * MINUTE + sec * SECOND;
    // 5-minute windows, a 1-minute watermark bound and a 1-minute watermark delay; batches every minute.
    const orders = [
      // Moves the stream watermark to 12:06:00 - 1 min - 1 ms = 12:04:59.999: the end - 1 of
      // [12:00, 12:05). In the batch at 12:07 it moves the micro-batch watermark to 12:05:00.
      { id: 0, key: 'p1', amount: 100, eventTime: at(6), arrivalTime: at(6, 30) },
      // [12:00, 12:05) for both: late for the stream now, and for the batch at 12:08.
      { id: 1, key: 'p1', amount: 200, eventTime: at(4, 30), arrivalTime: at(7, 10) },
      // [12:05, 12:10): on time for both, a millisecond past the boundary.
      { id: 2, key: 'p1', amount: 300, eventTime: at(5), arrivalTime: at(7, 20) },
    ];
    const settings = (lateRowFilter: 'current' | 'previous'): LabSettingsInput => ({
      window: { kind: 'tumbling', size: 5 * MINUTE },
      stream: { watermarkBound: MINUTE, allowedLateness: 0 },
      microBatch: {
        triggerInterval: MINUTE,
        watermarkDelay: MINUTE,
        outputMode: 'update',
        lateRowFilter,
      },
    });
    const current = runLab(settings('current'), undefined, orders);
    expect(engineDrops(current)).toEqual({ stream: [1], micro: [1] });
    expect(await sqlDrops(current)).toEqual({ stream: [1], micro: [1] });
    // With 'previous' the batch at 12:08 filters by the watermark the batch at 12:07 used (0).
    const previous = runLab(settings('previous'), undefined, orders);
    expect(engineDrops(previous)).toEqual({ stream: [1], micro: [] });
    expect(await sqlDrops(previous)).toEqual({ stream: [1], micro: [] });
  });

  it(
    'stream (per-event watermark) and micro-batch (current and previous late-row filter)',
    { timeout: TIMEOUT },
    async () => {
      let streamDrops = 0;
      let microDrops = 0;
      await fc.assert(
        fc.asyncProperty(
          arbSettings(fc.oneof(arbTumbling, arbSliding)),
          arbGrid,
          async (input, grid) => {
            const run = labRun(input, grid);
            const engine = engineDrops(run);
            expect(await sqlDrops(run)).toEqual(engine);
            streamDrops += engine.stream.length;
            microDrops += engine.micro.length;
          },
        ),
        { numRuns: RUNS },
      );
      // Orders were dropped along the way: the rules were tested where they bite.
      expect(streamDrops).toBeGreaterThan(0);
      expect(microDrops).toBeGreaterThan(0);
    },
  );
});
