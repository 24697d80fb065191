// How right a lane is at the end of the run, as one number for the chart: the share of the
// truth's revenue it reports correctly. Every cell counts the same way: a window a lane reports
// short, a window it never reports, and a window it invents all subtract their error.
import type { Row, WindowRef } from '../core/types';
import type { Emission } from './results';

/**
 * A map from (key, window) cells: nested by window start, end and key, so that a week of
 * micro-batch updates (tens of thousands of emissions) builds no string per lookup. Entries
 * iterate by first-seen start, then end, then key. `cell` hands back a window's key map (the
 * last one asked for is remembered: consecutive rows mostly share their window), so one lookup
 * serves a read and a write.
 */
class CellMap<T> {
  private readonly byStart = new Map<number, Map<number, Map<string, T>>>();
  private lastStart = NaN;
  private lastEnd = NaN;
  private last: Map<string, T> | null = null;

  cell(w: WindowRef): Map<string, T> {
    if (this.last !== null && w.start === this.lastStart && w.end === this.lastEnd)
      return this.last;
    let byEnd = this.byStart.get(w.start);
    if (byEnd === undefined) this.byStart.set(w.start, (byEnd = new Map()));
    let byKey = byEnd.get(w.end);
    if (byKey === undefined) byEnd.set(w.end, (byKey = new Map()));
    // NaN bounds never equal themselves: such a window is simply looked up each time.
    this.lastStart = w.start;
    this.lastEnd = w.end;
    this.last = byKey;
    return byKey;
  }

  forEach(f: (value: T) => void): void {
    for (const byEnd of this.byStart.values())
      for (const byKey of byEnd.values()) for (const v of byKey.values()) f(v);
  }
}

/**
 * The rows a sink holds once every emission has landed: the latest emission per key and window
 * (later in the array wins a tie); a withdrawn row holds 0.
 */
export function finalRows(emissions: readonly Emission[]): Row[] {
  const last = new CellMap<Emission>();
  for (const e of emissions) {
    const cell = last.cell(e.window);
    const prev = cell.get(e.key);
    if (prev === undefined || e.emittedAt >= prev.emittedAt) cell.set(e.key, e);
  }
  const rows: Row[] = [];
  last.forEach((e) =>
    rows.push({
      key: e.key,
      window: { start: e.window.start, end: e.window.end },
      value: e.withdrawn ? 0 : e.value,
      count: e.withdrawn ? 0 : e.count,
    }),
  );
  return rows;
}

/**
 * 1 - Σ|lane - truth| / Σ truth over every (key, window) cell of either, clamped to [0, 1]. An
 * empty truth is 1 when the lane reports nothing either, else 0.
 */
export function shareRight(final: readonly Row[], truth: readonly Row[]): number {
  const diff = new CellMap<number>();
  let total = 0;
  for (const r of truth) {
    total += r.value;
    const cell = diff.cell(r.window);
    cell.set(r.key, (cell.get(r.key) ?? 0) - r.value);
  }
  for (const r of final) {
    const cell = diff.cell(r.window);
    cell.set(r.key, (cell.get(r.key) ?? 0) + r.value);
  }
  let error = 0;
  diff.forEach((d) => (error += Math.abs(d)));
  if (total <= 0) return error === 0 ? 1 : 0;
  return Math.min(1, Math.max(0, 1 - error / total));
}
