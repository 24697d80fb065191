// Reads runStream's events: one pass that both validates them and checks whether they already
// come in arrival order (ties: lower id first), as generated input does; only otherwise is a
// sorted copy made. The input array is never mutated.
import type { OrderEvent } from '../../core/types';
import { EngineInputError } from '../../core/validate';
import { show } from './config';

export interface ArrivalOrder {
  /** The events in arrival order. */
  sorted: readonly OrderEvent[];
  /** sorted[i] is events[order[i]]; null when the input was already sorted. */
  order: Int32Array | null;
  /** The largest `partition` of any event (absent = 0). */
  maxPartition: number;
}

/** `typeof v === 'number' && v - v === 0` is true exactly for finite numbers, and cheap. */
const finite = (v: unknown): boolean => typeof v === 'number' && v - v === 0;

/** A source partition: a whole number >= 0 (engine-api.md, "Sources and partitions"). */
const isPartition = (v: unknown): v is number =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

function reject(events: readonly OrderEvent[], i: number): never {
  const e: unknown = events[i];
  if (typeof e !== 'object' || e === null) {
    throw new EngineInputError(`invalid event ${i}: ${show(e)} (must be an order event object)`);
  }
  const r = e as Record<string, unknown>;
  if (r.partition !== undefined && !isPartition(r.partition)) {
    throw new EngineInputError(
      `invalid event ${i}: partition ${show(r.partition)} (must be a whole number >= 0)`,
    );
  }
  for (const field of ['id', 'amount', 'eventTime', 'arrivalTime']) {
    if (!finite(r[field])) {
      throw new EngineInputError(
        `invalid event ${i}: ${field} ${show(r[field])} (must be a finite number)`,
      );
    }
  }
  throw new EngineInputError(`invalid event ${i}: key ${show(r.key)} (must be a string)`);
}

/**
 * Validates events (finite id, amount and times; a string key; a partition, when given, a whole
 * number >= 0) and returns them in arrival order with the largest partition. Throws
 * EngineInputError naming the first bad event by its index.
 */
export function readEvents(events: readonly OrderEvent[]): ArrivalOrder {
  if (!Array.isArray(events)) {
    throw new EngineInputError(`invalid events: ${show(events)} (must be an array)`);
  }
  let inOrder = true;
  let prevArrival = -Infinity;
  let prevId = -Infinity;
  let maxPartition = 0;
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (
      typeof e !== 'object' ||
      e === null ||
      !finite(e.id) ||
      !finite(e.amount) ||
      !finite(e.eventTime) ||
      !finite(e.arrivalTime) ||
      typeof e.key !== 'string'
    ) {
      reject(events, i);
    }
    const p = e.partition;
    if (p !== undefined) {
      if (!isPartition(p)) reject(events, i);
      if (p > maxPartition) maxPartition = p;
    }
    const t = e.arrivalTime;
    if (t < prevArrival || (t === prevArrival && e.id < prevId)) inOrder = false;
    prevArrival = t;
    prevId = e.id;
  }
  if (inOrder) return { sorted: events, order: null, maxPartition };
  const idx = Array.from({ length: events.length }, (_, i) => i);
  idx.sort((i, j) => {
    const a = events[i]!;
    const b = events[j]!;
    return a.arrivalTime - b.arrivalTime || a.id - b.id || i - j;
  });
  return { sorted: idx.map((i) => events[i]!), order: Int32Array.from(idx), maxPartition };
}
