// The micro-batch lane's side of a row: which batch wrote it, which orders a batch ignored as too
// late for the window, which wait for the next trigger, and what append mode is waiting for.
import type { LabRun, MicroBatch, OrderEvent } from '../../../engine';
import { formatClock, formatWatermark } from '../../../format/clock';
import { orders } from '../format';
import { formatMoney } from '../../../format/money';
import { emissionsAround, firstArrival, ids, matchLine, onTheWay, type Ctx } from './shared';

const batchCache = new WeakMap<LabRun, Map<number, MicroBatch>>();

/** Which batch read each order, by order id. */
function readBy(run: LabRun): Map<number, MicroBatch> {
  let m = batchCache.get(run);
  if (m === undefined) {
    m = new Map();
    if (run.microBatch.ok)
      for (const b of run.microBatch.value) for (const id of b.inputIds) m.set(id, b);
    batchCache.set(run, m);
  }
  return m;
}

export function explainMicroBatch(ctx: Ctx): string[] {
  const { run, row, at, arrived, pending } = ctx;
  if (!run.microBatch.ok) return [];
  const mode = run.settings.microBatch.outputMode;
  const batchOf = readBy(run);
  const waiting: OrderEvent[] = [];
  const tooLate: { o: OrderEvent; b: MicroBatch }[] = [];
  const processed: OrderEvent[] = [];
  for (const o of arrived) {
    const b = batchOf.get(o.id);
    if (b === undefined || b.emittedAt > at) waiting.push(o);
    else if (
      mode !== 'complete' &&
      (b.dropped.some((d) => d.id === o.id) || row.window.end <= (b.lateWatermark ?? b.watermark))
    )
      tooLate.push({ o, b });
    else processed.push(o);
  }
  const { latest, next } = emissionsAround(run.lanes.microbatch.emissions, row, at);
  const lines: string[] = [];

  if (latest === null) {
    if (arrived.length === 0 && row.truthCount > 0) {
      lines.push(
        `No row yet: none of its ${orders(row.truthCount)} has arrived${firstArrival(pending)}.`,
      );
    } else if (processed.length > 0 && mode === 'append') {
      lines.push(
        next !== null
          ? `Append mode writes a window once, after the watermark passes its end ${formatClock(row.window.end)}: that happens with the batch at ${formatClock(next.emittedAt, 'always')}.`
          : `Append mode writes a window once the watermark passes its end ${formatClock(row.window.end)}, and it never gets there.`,
      );
    }
  } else {
    lines.push(
      `The batch at ${formatClock(latest.emittedAt, 'always')} wrote ${orders(latest.count)} (${formatMoney(latest.value)}).`,
    );
  }
  if (waiting.length > 0) {
    const b = batchOf.get(waiting[0]!.id);
    lines.push(
      `${orders(waiting.length)} arrived and ${waiting.length === 1 ? 'waits' : 'wait'} for the next batch${b !== undefined ? ` at ${formatClock(b.emittedAt, 'always')}` : ''} (${ids(waiting)}).`,
    );
  }
  if (tooLate.length > 0) {
    const marks = tooLate.map(({ b }) => b.lateWatermark ?? b.watermark);
    const lo = Math.min(...marks);
    const hi = Math.max(...marks);
    const wm =
      lo === hi
        ? `watermark ${formatWatermark(lo, { seconds: 'always' })}`
        : `watermark, ${formatWatermark(lo, { seconds: 'always' })} to ${formatWatermark(hi, { seconds: 'always' })} when they were read`;
    lines.push(
      `${orders(tooLate.length)} ignored as too late (${ids(tooLate.map(({ o }) => o))}: window end ${formatClock(row.window.end)} <= ${wm}).`,
    );
  }
  const way = onTheWay(pending, arrived.length);
  if (way !== null) lines.push(way);
  if (latest !== null && latest.value === row.truth) lines.push(matchLine(ctx, latest.count));
  return lines;
}
