// The state a streaming run keeps per (key, window): sums, the part not yet emitted, trigger
// timers and pane history. Tumbling and sliding windows share one group per window, so the
// watermark fires a whole window at once and the hot path needs no string keys per window.
import type { WindowRef } from '../../core/types';

/** A retraction owed for a session window that merged away (retracting mode). */
export interface Owed {
  window: WindowRef;
  value: number;
  count: number;
}

export interface WindowState {
  readonly key: string;
  /** Shared by every pane of this state, and by all states of a group. */
  win: WindowRef;
  /** Everything added so far. */
  total: number;
  count: number;
  /** Added since the last pane; the pending events are a list of input positions. */
  pendValue: number;
  pendCount: number;
  /** Linked list through the engine's `next` array (tumbling, session, global), or... */
  head: number;
  tail: number;
  /** ...a plain list (sliding windows, where an event sits in several states). */
  members: number[] | null;
  /** The watermark reached end - 1: the on-time pane fired (or was due before the state existed). */
  onTimeDone: boolean;
  alive: boolean;
  /** The last non-retraction pane, for retracting mode. */
  emitted: boolean;
  lastValue: number;
  lastCount: number;
  owed: Owed[] | null;
  /** The pending processing-time timer: 0 = none; a stale queue entry carries another token. */
  timerToken: number;
  timerAt: number;
  timerLate: boolean;
  /** Bumped when a session's deadline moves, so older heap entries read as stale. */
  ver: number;
}

/** All the keys' states of one tumbling, sliding or global window. */
export interface WindowGroup {
  win: WindowRef;
  states: Map<string, WindowState>;
  onTimeDone: boolean;
  alive: boolean;
  ver: number;
}

export function newState(
  key: string,
  win: WindowRef,
  onTimeDone: boolean,
  listed: boolean,
): WindowState {
  return {
    key,
    win,
    total: 0,
    count: 0,
    pendValue: 0,
    pendCount: 0,
    head: 0,
    tail: 0,
    members: listed ? [] : null,
    onTimeDone,
    alive: true,
    emitted: false,
    lastValue: 0,
    lastCount: 0,
    owed: null,
    timerToken: 0,
    timerAt: 0,
    timerLate: false,
    ver: 0,
  };
}

/** Total order on numbers that treats -Infinity/Infinity like numbers (a - b would give NaN). */
export function compareNumbers(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
