// What every lane's explanation needs: the cell's orders split by arrival, its emissions around
// the instant, and the phrases that name orders ("ids 7, 9 and 12, arriving 12:09:10 and …").
import type { Emission, LabRun, OrderEvent } from '../../../engine';
import { formatClock } from '../../../format/clock';
import { formatIds, joinAnd, orders } from '../format';
import { formatMoney } from '../../../format/money';
import type { ResultRow } from '../model';

export interface Ctx {
  run: LabRun;
  row: ResultRow;
  at: number;
  /** The cell's orders that have arrived by `at`, in arrival order. */
  arrived: OrderEvent[];
  pending: OrderEvent[];
}

/** Arrival times of orders, as "12:09:10 and 12:11:02" (the first five). */
export function arrivals(list: readonly OrderEvent[]): string {
  const shown = list.slice(0, 5).map((o) => formatClock(o.arrivalTime, 'always'));
  return list.length > 5 ? `${shown.join(', ')}, …` : joinAnd(shown);
}

/** " (the first arrives at 12:30:05)", or "" when there is none. */
export function firstArrival(pending: readonly OrderEvent[]): string {
  const first = pending[0];
  return first === undefined
    ? ''
    : ` (the first arrives at ${formatClock(first.arrivalTime, 'always')})`;
}

export const ids = (list: readonly OrderEvent[]) => formatIds(list.map((o) => o.id));
export const sum = (list: readonly OrderEvent[]) => list.reduce((s, o) => s + o.amount, 0);
export const sameCell = (
  e: { key: string; window: { start: number; end: number } },
  row: ResultRow,
) => e.key === row.key && e.window.start === row.window.start && e.window.end === row.window.end;

/** This cell's emissions of a lane: the latest at or before `at`, and the next one after. */
export function emissionsAround(emissions: readonly Emission[], row: ResultRow, at: number) {
  let latest: Emission | null = null;
  let next: Emission | null = null;
  for (const e of emissions) {
    if (!sameCell(e, row)) continue;
    if (e.emittedAt <= at) latest = e;
    else if (next === null) next = e;
  }
  return { latest, next };
}

/** The orders not arrived yet; null when none are, or when none of the cell's orders has arrived (said already). */
export function onTheWay(list: readonly OrderEvent[], arrived = 1): string | null {
  if (list.length === 0 || arrived === 0) return null;
  return `${orders(list.length)} still on the way (${ids(list)}, arriving ${arrivals(list)}).`;
}

export function matchLine(ctx: Ctx, count: number): string {
  return `Matches the truth: all ${orders(count)} counted (${formatMoney(ctx.row.truth)}).`;
}
