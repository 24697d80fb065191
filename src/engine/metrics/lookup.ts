// Finds an event's position in the caller's array from its id: pipelines report events by id
// (micro-batch inputIds) or as objects (dropped, missed), while latency arrays are indexed like the
// caller's events. Generated ids are dense integers, so a typed array usually replaces a Map.
import type { OrderEvent } from '../core/types';
import { validateEvents } from '../pipelines/aggregate';
import { EngineInputError } from '../core/validate';

/** id -> index in the events array the index was built from; -1 for an unknown id. */
export interface IdIndex {
  indexOf(id: number): number;
}

/**
 * Validates `events` (same messages as the pipelines: `invalid event 3: eventTime NaN (must be a
 * finite number)`) and indexes them by id. Throws on a duplicate id, since "the event with id 7"
 * must name one event.
 */
export function indexById(events: readonly OrderEvent[]): IdIndex {
  validateEvents(events);
  const n = events.length;
  let min = Infinity;
  let max = -Infinity;
  let integers = true;
  for (let i = 0; i < n; i++) {
    const id = events[i]!.id;
    if (!Number.isInteger(id)) integers = false;
    if (id < min) min = id;
    if (id > max) max = id;
  }
  const duplicate = (i: number): never => {
    throw new EngineInputError(
      `invalid event ${i}: id ${events[i]!.id} (must be unique; an earlier event has it)`,
    );
  };
  // Dense ids (the generator's 0..n-1) index a typed array: no hashing on a million look-ups.
  if (n > 0 && integers && max - min < 4 * n + 1024) {
    const slots = new Int32Array(max - min + 1).fill(-1);
    for (let i = 0; i < n; i++) {
      const s = events[i]!.id - min;
      if (slots[s] !== -1) duplicate(i);
      slots[s] = i;
    }
    return {
      indexOf: (id) => {
        const s = id - min;
        return s >= 0 && s < slots.length && Number.isInteger(s) ? slots[s]! : -1;
      },
    };
  }
  const map = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    if (map.has(events[i]!.id)) duplicate(i);
    map.set(events[i]!.id, i);
  }
  return { indexOf: (id) => map.get(id) ?? -1 };
}

/** The index of a reported event, or a message naming what the pipeline output refers to. */
export function requireIndex(ids: IdIndex, id: number, where: string): number {
  const i = ids.indexOf(id);
  if (i < 0) {
    throw new EngineInputError(
      `invalid ${where}: event id ${id} (not among the events given; pass the same events the pipeline ran on)`,
    );
  }
  return i;
}

/** `value` itself when it is an array; else `invalid <what>: <value> (must be an array)`. */
export function requireArray<T>(value: readonly T[], what: string): readonly T[] {
  if (!Array.isArray(value as unknown)) {
    throw new EngineInputError(`invalid ${what}: ${String(value)} (must be an array)`);
  }
  return value;
}
