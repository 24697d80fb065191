// The batch model: a scheduled job per period of event time (a nightly job over yesterday),
// starting after the period ends and reading only what has arrived by then. What arrives later
// is missed until someone re-runs the period (a backfill).
import type { BatchConfig, BatchRun, OrderEvent, Row, WindowRef, WindowSpec } from '../core/types';
import { check, EngineInputError, finiteNumber, nonNegative, positive } from '../core/validate';
import { normalizeWindow, windowStart } from '../windows/assign';
import { aggregateColumns, describeValue, toColumns } from './aggregate';

interface Job {
  period: number;
  runDelay: number;
  duration: number;
  window: WindowSpec;
}

function normalizeBatchConfig(config: BatchConfig): Job {
  if (config === null || typeof config !== 'object') {
    throw new EngineInputError(
      `invalid batch config: ${describeValue(config)} (must be an object)`,
    );
  }
  const period = positive(config.period, 'batch period');
  const runDelay = nonNegative(config.runDelay, 'run delay');
  const duration = nonNegative(config.duration ?? 0, 'batch duration');
  const window = normalizeWindow(config.window ?? { kind: 'tumbling', size: period });
  if (window.kind === 'tumbling') {
    // Each run sees one period only, so a window crossing a period boundary would be split.
    check(
      period % window.size === 0,
      `invalid batch window size: ${window.size} (must divide the period ${period}, so no window straddles two runs)`,
    );
    check(
      (window.offset ?? 0) === 0,
      `invalid batch window offset: ${window.offset} (must be 0: windows must start on period boundaries)`,
    );
  } else if (window.kind !== 'session') {
    throw new EngineInputError(
      `batch pipeline supports tumbling and session windows, not ${window.kind}`,
    );
  }
  return { period, runDelay, duration, window };
}

/**
 * Runs the scheduled job: periods `[k * period, (k + 1) * period)` aligned to the epoch, one run
 * for each period holding at least one event (by event time), in period order. A run starts at
 * periodEnd + runDelay, reads the period's events that arrived strictly before (the engine's
 * simultaneity rule: an event arriving exactly at the start is missed), aggregates them per
 * `window` (default: the period itself; tumbling windows must divide the period; sessions are
 * cut at period boundaries, as a job over one period's partition cuts them) and emits at
 * start + duration. `missed` lists the period's events arriving at or after the start, in
 * arrival order. Input is read in arrival order (ties: lower id); an unsorted input is sorted
 * as a copy.
 */
export function runBatch(events: readonly OrderEvent[], config: BatchConfig): { runs: BatchRun[] } {
  const job = normalizeBatchConfig(config);
  const c = toColumns(events);
  const n = c.id.length;
  const P = job.period;
  const sessions = job.window.kind === 'session';
  const periods = new Map<number, { read: number[]; missed: OrderEvent[] }>();
  const read = new Int32Array(n);
  let reads = 0;
  let lastStart = NaN;
  let last: { read: number[]; missed: OrderEvent[] } | undefined;
  for (let i = 0; i < n; i++) {
    const start = windowStart(c.eventTime[i]!, 0, P);
    if (start !== lastStart) {
      // Arrivals mostly come period after period: skip the map lookup while the period repeats.
      last = periods.get(start);
      if (last === undefined) periods.set(start, (last = { read: [], missed: [] }));
      lastStart = start;
    }
    if (c.arrivalTime[i]! < start + P + job.runDelay) {
      if (sessions) last!.read.push(i);
      else read[reads++] = i;
    } else {
      last!.missed.push(c.events[i]!);
    }
  }
  // Tumbling windows never cross a period boundary, so one pass aggregates every run at once.
  const rows = sessions ? [] : aggregateColumns(c, job.window, read.subarray(0, reads));
  let r = 0;
  const runs = [...periods.keys()]
    .sort((a, b) => a - b)
    .map((start): BatchRun => {
      const period = periods.get(start)!;
      const startedAt = start + P + job.runDelay;
      let own: Row[];
      if (sessions) {
        own = aggregateColumns(c, job.window, Int32Array.from(period.read));
      } else {
        const from = r;
        while (r < rows.length && rows[r]!.window.start < start + P) r++;
        own = rows.slice(from, r);
      }
      return {
        period: { start, end: start + P },
        startedAt,
        emittedAt: startedAt + job.duration,
        rows: own,
        missed: period.missed,
      };
    });
  return { runs };
}

/**
 * Re-runs one period's job at a later processing time `at` (a backfill): it reads every event
 * of the period that arrived before `at`, late arrivals included, and emits at at + duration.
 * `period` must be one of the job's periods, `[k * period, (k + 1) * period)`. A period without
 * events gives a run with no rows.
 */
export function rerunBatch(
  events: readonly OrderEvent[],
  config: BatchConfig,
  period: WindowRef,
  at: number,
): BatchRun {
  const job = normalizeBatchConfig(config);
  const start = period?.start;
  check(
    Number.isFinite(start) &&
      windowStart(start, 0, job.period) === start &&
      period.end === start + job.period,
    `invalid period: ${describeValue(period)} (must be [k * ${job.period}, (k + 1) * ${job.period}) for an integer k)`,
  );
  finiteNumber(at, 're-run time');
  const c = toColumns(events);
  const read: number[] = [];
  const missed: OrderEvent[] = [];
  for (let i = 0; i < c.id.length; i++) {
    if (windowStart(c.eventTime[i]!, 0, job.period) !== start) continue;
    if (c.arrivalTime[i]! < at) read.push(i);
    else missed.push(c.events[i]!);
  }
  return {
    period: { start, end: start + job.period },
    startedAt: at,
    emittedAt: at + job.duration,
    rows: aggregateColumns(c, job.window, Int32Array.from(read)),
    missed,
  };
}
