// Where every order went, per lane: counted in the results, or lost (dropped as too late by the
// stream and micro-batch, missed by the nightly job), with the amounts at stake. The lab's
// "nothing vanishes silently" panel, and the cross-pipeline invariants, both rest on it.
import type { BatchRun, MicroBatch, OrderEvent, StreamRun } from '../core/types';
import { EngineInputError } from '../core/validate';
import { batchReads } from './latency';
import { indexById, requireIndex } from './lookup';

/** How many events, and the sum of their amounts. */
export interface Tally {
  events: number;
  amount: number;
}

/** One lane's account: every event is exactly one of counted, lost or unread. */
export interface LaneAccount {
  /** Added to the lane's aggregates. */
  counted: Tally;
  /** Dropped as too late (stream, micro-batch) or missed by the job that read its period (batch). */
  lost: Tally;
  lostAs: 'dropped' | 'missed';
  /** Never read at all (no batch read it, no run covers its period): 0 for pipeline outputs. */
  unread: Tally;
  /** Stream only: counted but in no emitted pane yet (windows never closed); null elsewhere. */
  pending: Tally | null;
}

export interface Accounting {
  total: Tally;
  stream?: LaneAccount;
  microBatch?: LaneAccount;
  batch?: LaneAccount;
}

/** The lanes to account for: the outputs of runStream, runMicroBatch and runBatch. */
export interface LaneOutputs {
  stream?: StreamRun;
  microBatch?: readonly MicroBatch[];
  /** Scheduled runs, optionally with re-runs: an event is lost only if every run of its period missed it. */
  batch?: readonly BatchRun[];
}

// Per-event states while tallying.
const COUNTED = 0;
const LOST = 1;
const UNREAD = 2;

function tally(events: readonly OrderEvent[], state: Uint8Array, which: number): Tally {
  let n = 0;
  let amount = 0;
  for (let i = 0; i < events.length; i++) {
    if (state[i] === which) {
      n++;
      amount += events[i]!.amount;
    }
  }
  return { events: n, amount };
}

function account(
  events: readonly OrderEvent[],
  state: Uint8Array,
  lostAs: LaneAccount['lostAs'],
  pending: Tally | null,
): LaneAccount {
  return {
    counted: tally(events, state, COUNTED),
    lost: tally(events, state, LOST),
    lostAs,
    unread: tally(events, state, UNREAD),
    pending,
  };
}

/**
 * Counts, per lane given, the events (and amounts) counted, lost and unread. `events` must be
 * the events the lanes ran on (any order); a lane output naming an unknown event id throws.
 * - stream: lost = `dropped` (late for all its windows); `pending` = counted events whose
 *   firstEmittedAt is NaN (their windows never fired).
 * - micro-batch: read = listed in some batch's `inputIds`; lost = in that batch's `dropped`.
 * - batch: lost = missed by every run of its period (so passing re-runs recovers events).
 */
export function accounting(events: readonly OrderEvent[], lanes: LaneOutputs): Accounting {
  const ids = indexById(events);
  if (lanes === null || typeof lanes !== 'object') {
    throw new EngineInputError(`invalid lanes: ${String(lanes)} (must be an object)`);
  }
  const n = events.length;
  const out: Accounting = { total: tally(events, new Uint8Array(n), COUNTED) };

  if (lanes.stream !== undefined) {
    const run = lanes.stream;
    const state = new Uint8Array(n); // all counted
    for (const e of run.dropped) state[requireIndex(ids, e.id, 'stream dropped')] = LOST;
    let pending: Tally | null = null;
    const first = run.firstEmittedAt;
    if (first !== undefined && first.length === n) {
      pending = { events: 0, amount: 0 };
      for (let i = 0; i < n; i++) {
        if (state[i] === COUNTED && Number.isNaN(first[i])) {
          pending.events++;
          pending.amount += events[i]!.amount;
        }
      }
    }
    out.stream = account(events, state, 'dropped', pending);
  }

  if (lanes.microBatch !== undefined) {
    const state = new Uint8Array(n).fill(UNREAD);
    lanes.microBatch.forEach((b, bi) => {
      for (const id of b.inputIds)
        state[requireIndex(ids, id, `micro-batch ${bi} inputIds`)] = COUNTED;
      for (const e of b.dropped) state[requireIndex(ids, e.id, `micro-batch ${bi} dropped`)] = LOST;
    });
    out.microBatch = account(events, state, 'dropped', null);
  }

  if (lanes.batch !== undefined) {
    const runs = lanes.batch;
    runs.forEach((r, ri) => {
      for (const e of r.missed) requireIndex(ids, e.id, `batch run ${ri} missed`);
    });
    const { at, covered } = batchReads(events, runs);
    const state = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      state[i] = covered[i] === 0 ? UNREAD : Number.isNaN(at[i]) ? LOST : COUNTED;
    }
    out.batch = account(events, state, 'missed', null);
  }
  return out;
}
