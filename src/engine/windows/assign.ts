// Which windows an event time belongs to. Starts follow Flink's TimeWindow.getWindowStartWithOffset
// (epoch-aligned, offset shifts them, negative times handled), so the lab draws the same windows
// a Flink job would compute.
import type { WindowRef, WindowSpec } from '../core/types';
import { check, EngineInputError, finiteNumber, positive } from '../core/validate';

/** The global window: one window for all time. */
export const GLOBAL_WINDOW: WindowRef = Object.freeze({ start: -Infinity, end: Infinity });

/**
 * Flink's `TimeWindow.getWindowStartWithOffset`: the start of the window of `size` containing
 * `timestamp`, with windows aligned to `offset` (also right for negative timestamps).
 */
export function windowStart(timestamp: number, offset: number, size: number): number {
  const remainder = (timestamp - offset) % size;
  return remainder < 0 ? timestamp - (remainder + size) : timestamp - remainder;
}

/**
 * Checks a window spec and returns it with defaults filled in. Throws a specific message
 * (`invalid window size: 0 (must be > 0)`) for anything a real engine would reject.
 */
export function normalizeWindow(spec: WindowSpec): WindowSpec {
  if (spec === null || typeof spec !== 'object') {
    throw new EngineInputError(
      `invalid window spec: ${String(spec)} (must be an object with a kind)`,
    );
  }
  switch (spec.kind) {
    case 'tumbling': {
      const size = positive(spec.size, 'window size');
      const offset = finiteNumber(spec.offset ?? 0, 'window offset');
      check(
        Math.abs(offset) < size,
        `invalid window offset: ${offset} (Flink requires |offset| < size ${size})`,
      );
      return { kind: 'tumbling', size, offset };
    }
    case 'sliding': {
      const size = positive(spec.size, 'window size');
      const slide = positive(spec.slide, 'window slide');
      check(
        slide <= size,
        `invalid window slide: ${slide} (must be <= window size ${size}; a larger slide skips events)`,
      );
      const offset = finiteNumber(spec.offset ?? 0, 'window offset');
      check(
        Math.abs(offset) < slide,
        `invalid window offset: ${offset} (Flink requires |offset| < slide ${slide})`,
      );
      return { kind: 'sliding', size, slide, offset };
    }
    case 'session':
      return { kind: 'session', gap: positive(spec.gap, 'session gap') };
    case 'global':
      return { kind: 'global' };
    default:
      throw new EngineInputError(
        `invalid window kind: ${JSON.stringify((spec as { kind?: unknown }).kind)} (must be tumbling, sliding, session or global)`,
      );
  }
}

/**
 * The windows an event at `eventTime` belongs to, in ascending start order. Windows are half-open,
 * so an event exactly at a window's end belongs to the next window. Sessions depend on the other
 * events of the key, so they are not assigned here: see `mergeSessions`.
 */
export function assignWindows(eventTime: number, spec: WindowSpec): WindowRef[] {
  finiteNumber(eventTime, 'event time');
  const w = normalizeWindow(spec);
  return assignNormalized(eventTime, w);
}

/** `assignWindows` without re-validating the spec: for pipelines' inner loops. */
export function assignNormalized(eventTime: number, w: WindowSpec): WindowRef[] {
  switch (w.kind) {
    case 'tumbling': {
      const start = windowStart(eventTime, w.offset ?? 0, w.size);
      return [{ start, end: start + w.size }];
    }
    case 'sliding': {
      // Flink's SlidingEventTimeWindows: from the last start back while the window still covers t.
      const last = windowStart(eventTime, w.offset ?? 0, w.slide);
      const out: WindowRef[] = [];
      for (let start = last; start > eventTime - w.size; start -= w.slide) {
        out.push({ start, end: start + w.size });
      }
      return out.reverse();
    }
    case 'global':
      return [GLOBAL_WINDOW];
    case 'session':
      throw new EngineInputError(
        'assignWindows does not assign session windows: they depend on the other events of the key',
      );
  }
}

/** Flink's `TimeWindow.intersects`: overlapping or touching windows belong together. */
export function windowsTouch(a: WindowRef, b: WindowRef): boolean {
  return a.start <= b.end && a.end >= b.start;
}

/**
 * Merges a key's proto-session windows the way Flink's `TimeWindow.mergeWindows` does: sort by
 * start, then join every window that overlaps or touches the current run. Returns the merged
 * windows in start order.
 */
export function mergeSessions(windows: readonly WindowRef[]): WindowRef[] {
  const sorted = [...windows].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: WindowRef[] = [];
  for (const w of sorted) {
    const last = merged[merged.length - 1];
    if (last && windowsTouch(last, w)) {
      last.end = Math.max(last.end, w.end);
    } else {
      merged.push({ start: w.start, end: w.end });
    }
  }
  return merged;
}

/** A stable string for a window, for Map keys: "start:end". */
export function windowId(w: WindowRef): string {
  return `${w.start}:${w.end}`;
}
