// How right a lane is at the end of the run, as one number for the chart: the share of the
// truth's revenue it reports correctly. Every cell counts the same way: a window a lane reports
// short, a window it never reports, and a window it invents all subtract their error.
import type { Row, WindowRef } from '../core/types';
import type { Emission } from './results';

const cellId = (key: string, w: WindowRef) => `${w.start}:${w.end}|${key}`;

/**
 * The rows a sink holds once every emission has landed: the latest emission per key and window
 * (later in the array wins a tie); a withdrawn row holds 0.
 */
export function finalRows(emissions: readonly Emission[]): Row[] {
  const last = new Map<string, Emission>();
  for (const e of emissions) {
    const id = cellId(e.key, e.window);
    const prev = last.get(id);
    if (prev === undefined || e.emittedAt >= prev.emittedAt) last.set(id, e);
  }
  return [...last.values()].map((e) => ({
    key: e.key,
    window: { start: e.window.start, end: e.window.end },
    value: e.withdrawn ? 0 : e.value,
    count: e.withdrawn ? 0 : e.count,
  }));
}

/**
 * 1 - Σ|lane - truth| / Σ truth over every (key, window) cell of either, clamped to [0, 1]. An
 * empty truth is 1 when the lane reports nothing either, else 0.
 */
export function shareRight(final: readonly Row[], truth: readonly Row[]): number {
  const diff = new Map<string, number>();
  let total = 0;
  for (const r of truth) {
    total += r.value;
    const id = cellId(r.key, r.window);
    diff.set(id, (diff.get(id) ?? 0) - r.value);
  }
  for (const r of final) {
    const id = cellId(r.key, r.window);
    diff.set(id, (diff.get(id) ?? 0) + r.value);
  }
  let error = 0;
  for (const d of diff.values()) error += Math.abs(d);
  if (total <= 0) return error === 0 ? 1 : 0;
  return Math.min(1, Math.max(0, 1 - error / total));
}
