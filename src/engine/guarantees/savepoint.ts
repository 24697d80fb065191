// Stop with a savepoint, change the job, resume: what carries over (the source offset, window
// state the new version can read) and what cannot (state in another shape, results already written).
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
  /** States the new version restored; the rest could not be read (Flink: allowNonRestoredState). */
  restored: number;
  discarded: number;
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
 * - `window-size`: window state keyed by the old windows cannot become the new windows' state
 *   (Flink refuses to start unless told to drop it), so only the offset carries over: new windows
 *   spanning the stop miss the orders before it.
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
  let restored = saved.length;
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
    restored = 0;
    notes.push(
      'Only the offset carries over: state kept per old window cannot become the new windows’ state.',
      'New windows that span the stop miss the orders that arrived before it.',
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
    restored,
    discarded: saved.length - restored,
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
