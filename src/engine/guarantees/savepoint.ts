// Stop with a savepoint, change the job, resume: what carries over (the source offset, the window
// state) and what the change cannot reach (sums and results already made the old way). Flink maps
// state to operators by uid; the window operator keeps its state per (key, window), so it restores
// whatever the new window assigner is (apache/flink, flink-streaming-java/src/main/java/org/apache/
// flink/streaming/runtime/operators/windowing/WindowOperator.java: onEventTime takes the window from
// the timer's namespace, and EventTimeTrigger fires at that window's own maxTimestamp). Only state
// no operator claims fails a restore, unless --allowNonRestoredState skips it
// (nightlies.apache.org/flink/flink-docs-stable/docs/ops/state/savepoints/).
import type { OrderEvent, Row, StreamConfig } from '../core/types';
import { finiteNumber, oneOf, positive } from '../core/validate';
import { stateAt } from './checkpoints';
import {
  REVENUE_FORMULAS,
  buildJob,
  offsetAt,
  sortRows,
  totalsOf,
  type GuaranteeJob,
  type RevenueFormula,
} from './job';

/** What the new version changes. */
export type JobChange =
  | { kind: 'none' }
  | { kind: 'formula'; formula: RevenueFormula }
  | { kind: 'window-size'; size: number };
export const JOB_CHANGES = ['none', 'formula', 'window-size'] as const;

export interface SavepointRun {
  /** Stop time; the savepoint holds the offset of the orders that arrived before it. */
  stopAt: number;
  offset: number;
  /** Window states in the savepoint. */
  saved: Row[];
  /** States the new version restored: all of them, as the window operator keeps its uid. */
  restored: number;
  /** States no operator of the new version could take (Flink would refuse them without
   * --allowNonRestoredState); 0 for every change the lab offers. */
  discarded: number;
  /**
   * After a window-size change: the restored windows, with their old bounds and the sums of the
   * orders before the stop. Their timers fire them at their old end, so the sink ends with rows of
   * the old size for the orders before the stop and of the new size for those after. Empty otherwise.
   */
  oldBounds: Row[];
  /** What the sink holds after the new version ran to the end. */
  totals: Row[];
  /** The old version run without a stop. */
  uninterrupted: Row[];
  /** The new version run from the start: what the results would be had it always been deployed. */
  newFromStart: Row[];
  /** Sink rows holding orders from both versions: before the stop in the old way, after in the new. */
  mixed: Row[];
  /** Plain sentences: what carried over and what did not. */
  notes: string[];
}

/**
 * Runs the job (built from `source`, or `source` itself when it is a job built with `stream`)
 * until `stopAt`, takes a savepoint (the state after every order that arrived
 * before it, with that offset; the sink has everything written so far, as Flink's
 * stop-with-savepoint commits), then resumes a changed version from it:
 *
 * - `none`: the same job resumes; the totals equal the uninterrupted run.
 * - `formula`: the state and the offset carry over, but sums already in the state and rows already
 *   written keep the old formula, so windows spanning the stop mix both: fixing history needs a
 *   backfill.
 * - `window-size`: the offset and every window state restore, keyed by (product, old window): the
 *   old windows keep their bounds and fire at their old end with the orders before the stop, while
 *   orders after it fill windows of the new size. The restore loses no order and counts none
 *   twice, but new windows spanning the stop miss the orders before it, which sit in rows of the
 *   old size.
 */
export function resumeFromSavepoint(
  source: readonly OrderEvent[] | GuaranteeJob,
  stream: StreamConfig,
  stopAt: number,
  change: JobChange,
  formula: RevenueFormula = 'correct',
): SavepointRun {
  finiteNumber(stopAt, 'savepoint time');
  oneOf(change.kind, JOB_CHANGES, 'job change');
  const given = !Array.isArray(source) ? (source as GuaranteeJob) : null;
  const events = given?.log ?? (source as readonly OrderEvent[]);
  const old =
    given !== null && given.formula === formula ? given : buildJob(events, stream, formula);
  const offset = offsetAt(old.log, stopAt);
  const saved = stateAt(old, offset, stopAt);
  const uninterrupted = totalsOf(old, () => 1);
  const before = (r: { offset: number }) => (r.offset < offset ? 1 : 0);
  const after = (r: { offset: number }) => (r.offset >= offset ? 1 : 0);
  let next: GuaranteeJob = old;
  let oldBounds: Row[] = [];
  const notes: string[] = [];
  if (change.kind === 'none') {
    notes.push('Same job: the offset and all window state carry over; nothing changes.');
  } else if (change.kind === 'formula') {
    next = buildJob(events, stream, oneOf(change.formula, REVENUE_FORMULAS, 'formula'));
    notes.push(
      'The offset and the window state carry over: their sums were made with the old formula.',
      'Rows written before the stop keep the old formula; only a backfill can redo them.',
    );
  } else {
    const size = positive(change.size, 'new window size');
    const w = stream.window;
    const offsetMs = w.kind === 'tumbling' || w.kind === 'sliding' ? (w.offset ?? 0) : 0;
    next = buildJob(
      events,
      { ...stream, window: { kind: 'tumbling', size, offset: offsetMs } },
      formula,
    );
    oldBounds = saved;
    const n = saved.length;
    notes.push(
      n === 0
        ? 'The offset restores; no window was open at the stop, so there is no window state to carry.'
        : `The offset and all ${n} window ${n === 1 ? 'state' : 'states'} restore: window state is kept per product and window, so as long as the window operator keeps its uid Flink reads it whatever the new size.`,
      'Restored windows keep their old bounds and fire at their old end with the orders from before the stop; orders after it go to windows of the new size.',
      'The restore loses no order and counts none twice, but new windows that span the stop miss the orders before it: those sit in rows of the old size.',
    );
  }
  // The sink: the old version's writes before the stop, the new version's after it.
  const oldRows = totalsOf(old, before);
  const newRows = totalsOf(next, after);
  const totals = mergeRows(oldRows, newRows);
  const mixed =
    change.kind === 'formula'
      ? totals.filter((row) => {
          const has = (rows: Row[]) =>
            rows.some((r) => r.key === row.key && r.window.start === row.window.start);
          return has(oldRows) && has(newRows);
        })
      : [];
  return {
    stopAt,
    offset,
    saved,
    restored: saved.length,
    discarded: 0,
    oldBounds,
    totals,
    uninterrupted,
    newFromStart: totalsOf(next, () => 1),
    mixed,
    notes,
  };
}

/** Adds rows of the same key and window (same start and end). */
export function mergeRows(...lists: Row[][]): Row[] {
  const byId = new Map<string, Row>();
  for (const rows of lists) {
    for (const r of rows) {
      const id = `${r.key}|${r.window.start}|${r.window.end}`;
      const row = byId.get(id) ?? { key: r.key, window: r.window, value: 0, count: 0 };
      row.value += r.value;
      row.count += r.count;
      byId.set(id, row);
    }
  }
  return sortRows([...byId.values()]);
}
