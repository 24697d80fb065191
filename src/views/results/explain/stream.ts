// The stream lane's side of a row: which pane it shows (early, on time, late), which orders the
// watermark left behind as late, and which are still waiting for the next pane or on the way.
import { lab, metrics, type OrderEvent, type Pane } from '../../../engine';
import { formatClock } from '../../../format/clock';
import { formatDuration } from '../../../format/duration';
import { formatInstant, orders } from '../format';
import { formatMoney } from '../../../format/money';
import type { ResultRow } from '../model';
import {
  arrivals,
  emissionsAround,
  firstArrival,
  ids,
  matchLine,
  onTheWay,
  sameCell,
  sum,
  type Ctx,
} from './shared';

const holdAt = metrics.holdAt;
const lastOrderBefore = metrics.lastOrderBefore;
const indexRun = lab.indexRun;

function paneOf(panes: readonly Pane[], row: ResultRow, emittedAt: number): Pane | undefined {
  let found: Pane | undefined;
  for (const p of panes)
    if (!p.retraction && p.emittedAt === emittedAt && sameCell(p, row)) found = p;
  return found;
}

/**
 * Why a window is still open at `at` when a region is the cause: every other region has passed
 * it and this one stands still ("waiting for region 3: no orders since 12:10:02").
 */
function heldLine(ctx: Ctx): string | null {
  const { run, row, at } = ctx;
  if (!run.stream.ok) return null;
  const hold = holdAt(run.stream.value, row.window, at);
  if (hold === null) return null;
  const region = hold.holder + 1;
  const last = lastOrderBefore(run.events, hold.holder, at);
  const since = Number.isNaN(last)
    ? 'it has sent no order yet'
    : `no orders from it since ${formatClock(last, 'always')}`;
  return `Held open waiting for region ${region}: ${since}. The other regions have passed the window's end, but the watermark is the lowest of the regions' watermarks.`;
}

/** When every late order came from one region that had gone idle: name it as the cause. */
function idleRegionLine(ctx: Ctx, late: readonly OrderEvent[]): string | null {
  const { run } = ctx;
  if (!run.stream.ok || late.length === 0) return null;
  const samples = run.stream.value.partitionWatermarks;
  const idle = run.settings.stream.idleTimeout;
  if (samples === undefined || idle === null) return null;
  const p = late[0]!.partition ?? 0;
  if (late.some((o) => (o.partition ?? 0) !== p)) return null;
  const first = late[0]!.arrivalTime;
  if (!samples.some((s) => s.partition === p && s.idle && s.at <= first)) return null;
  return `They all came from region ${p + 1}, which sent nothing for more than ${formatDuration(idle)}: the watermark went on without it (idle timeout), and its orders came back too late.`;
}

export function explainStream(ctx: Ctx): string[] {
  const { run, row, at, arrived, pending } = ctx;
  if (!run.stream.ok) return [];
  const s = run.stream.value;
  const settings = run.settings.stream;
  const lateness = settings.allowedLateness;
  const closeAt = row.window.end - 1 + lateness;
  const droppedIds = new Set(s.dropped.map((e) => e.id));
  // Late for this window: dropped outright, or (sliding windows) kept only by other windows.
  const sliding = run.settings.window.kind === 'sliding';
  // The watermark in force when the order arrived (raises at that moment already applied).
  const ix = indexRun(run);
  const late = arrived.filter(
    (o) => droppedIds.has(o.id) || (sliding && ix.watermarkAt(o.arrivalTime) >= closeAt),
  );
  const lateSet = new Set(late);
  const counted = arrived.filter((o) => !lateSet.has(o));
  const { latest, next } = emissionsAround(run.lanes.stream.emissions, row, at);
  const lines: string[] = [];
  const fires = `when the watermark passes ${formatInstant(row.window.end - 1)}`;

  if (latest === null) {
    if (arrived.length === 0 && row.truthCount > 0) {
      lines.push(
        `No pane yet: none of its ${orders(row.truthCount)} has arrived${firstArrival(pending)}.`,
      );
    } else if (counted.length > 0 && next !== null) {
      const p = paneOf(s.panes, row, next.emittedAt);
      lines.push(
        p?.timing === 'early'
          ? `Window open, holding ${orders(counted.length)}: its first early pane comes at ${formatClock(next.emittedAt, 'always')}.`
          : `Window open, holding ${orders(counted.length)}: it fires ${fires}, at ${formatClock(next.emittedAt, 'always')} (the watermark trails the newest order's time by ${formatDuration(settings.watermarkBound)}).`,
      );
    } else if (counted.length > 0 && s.open?.some((r) => sameCell(r, row))) {
      lines.push(
        `Never closed: the watermark never passed ${formatInstant(row.window.end - 1)}, because no newer orders came to push it. A bounded source flushes at its end ("flush at end").`,
      );
    }
  } else if (latest.withdrawn) {
    lines.push(
      `At ${formatClock(latest.emittedAt, 'always')} this session merged into a larger one and its row was withdrawn.`,
    );
  } else {
    const p = paneOf(s.panes, row, latest.emittedAt);
    const timing = p?.timing ?? 'on-time';
    lines.push(
      `${timing === 'on-time' ? 'On-time' : timing === 'early' ? 'Early' : 'Late'} pane at ${formatClock(latest.emittedAt, 'always')} holds ${orders(latest.count)} (${formatMoney(latest.value)}).`,
    );
    if (timing === 'early' && latest.value !== row.truth) {
      lines.push(`Early pane, more orders to come: the on-time pane fires ${fires}.`);
    }
  }

  // holdAt is null once the window fired, so this speaks only while it is held.
  const held = heldLine(ctx);
  if (held !== null) lines.push(held);

  if (late.length > 0) {
    const past =
      lateness > 0
        ? `${formatInstant(closeAt)} (the window's end plus ${formatDuration(lateness)} allowed lateness)`
        : formatInstant(closeAt);
    lines.push(
      `${orders(late.length)} dropped as late (${ids(late)}: arrived ${arrivals(late)}, after the watermark passed ${past}).`,
    );
    const cause = idleRegionLine(ctx, late);
    if (cause !== null) lines.push(cause);
  }

  // In every mode the latest emission counts the window's orders in arrival order.
  const inPane = latest === null ? 0 : Math.min(latest.count, counted.length);
  const waiting = counted.slice(inPane);
  if (latest !== null && waiting.length > 0) {
    lines.push(
      next !== null
        ? `${orders(waiting.length)} arrived after that pane (${ids(waiting)}); the next pane at ${formatClock(next.emittedAt, 'always')} includes ${waiting.length === 1 ? 'it' : 'them'}.`
        : `${orders(waiting.length)} arrived after that pane (${ids(waiting)}) and no later pane includes ${waiting.length === 1 ? 'it' : 'them'}.`,
    );
  }
  const way = onTheWay(pending, arrived.length);
  if (way !== null) lines.push(way);
  if (latest !== null && latest.value === row.truth) lines.push(matchLine(ctx, latest.count));
  else if (latest !== null && latest.value !== sum(counted.slice(0, inPane))) {
    lines.push(
      "Its windows do not line up with the truth's one to one (sessions merge as late orders arrive), so the sums differ.",
    );
  }
  return lines;
}
