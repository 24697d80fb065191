// The play area's marks as rows, for a data-table view of the four lanes: what the stream closed,
// what each micro-batch read and wrote, what each batch job did. Rows are in time order with a
// `time`, so the view shows exactly those at or before the playhead.
import type { LabRun } from '../../engine';
import { formatClock } from '../../geometry/time';
import { formatCount, formatMoney } from '../lanes/model';
import { narrationOf } from '../narration/model';

export interface TableRow {
  /** When the row becomes true (processing time). */
  time: number;
  cells: string[];
}

export interface LaneTable {
  lane: 'stream' | 'microbatch' | 'batch';
  caption: string;
  columns: string[];
  rows: TableRow[];
}

const clock = (t: number) => formatClock(t, 'always');
const span = (a: number, b: number) => `${formatClock(a, 'never')}–${formatClock(b, 'never')}`;

/** One table per lane that has marks (the per-request lane has none: it answers on demand). */
export function laneTables(run: LabRun): LaneTable[] {
  const tables: LaneTable[] = [];
  if (run.stream.ok) {
    const n = narrationOf(run);
    const dropsPer = new Map<number, number>();
    const size = run.stream.value.dropped.length;
    for (const e of run.stream.value.dropped) {
      const c = n.closings.find((x) => e.eventTime >= x.start && e.eventTime < x.end);
      if (c) dropsPer.set(c.start, (dropsPer.get(c.start) ?? 0) + 1);
    }
    tables.push({
      lane: 'stream',
      caption: `Stream: windows as they closed (${formatCount(size)} late orders dropped in all)`,
      columns: ['Window', 'Closed at', 'Orders', 'Revenue', 'Late orders dropped afterwards'],
      rows: n.closings.map((c) => ({
        time: c.at,
        cells: [
          span(c.start, c.end),
          clock(c.at),
          formatCount(c.orders),
          formatMoney(c.amount),
          formatCount(dropsPer.get(c.start) ?? 0),
        ],
      })),
    });
  }
  if (run.microBatch.ok) {
    tables.push({
      lane: 'microbatch',
      caption: 'Micro-batch: each batch as it ran',
      columns: ['Batch', 'Read up to', 'Orders read', 'Watermark used', 'Rows written', 'Dropped'],
      rows: run.microBatch.value
        .filter((b) => b.inputIds.length > 0 || b.rows.length > 0 || b.dropped.length > 0)
        .map((b) => ({
          time: b.emittedAt,
          cells: [
            String(b.id),
            clock(b.end),
            formatCount(b.inputIds.length),
            Number.isFinite(b.watermark) ? clock(b.watermark) : 'none yet',
            formatCount(b.rows.length),
            formatCount(b.dropped.length),
          ],
        })),
    });
  }
  if (run.batch.ok) {
    const runs = [...run.batch.value.runs, ...run.batch.value.reruns].sort(
      (a, b) => a.emittedAt - b.emittedAt,
    );
    tables.push({
      lane: 'batch',
      caption: 'Batch: each job run',
      columns: ['Period', 'Started', 'Finished', 'Revenue', 'Orders missed'],
      rows: runs.map((r) => ({
        time: r.emittedAt,
        cells: [
          span(r.period.start, r.period.end),
          clock(r.startedAt),
          clock(r.emittedAt),
          formatMoney(r.rows.reduce((s, x) => s + x.value, 0)),
          formatCount(r.missed.length),
        ],
      })),
    });
  }
  return tables;
}

/** How many of `rows` (in time order) are true at `playhead`. */
export function rowsAt(rows: readonly TableRow[], playhead: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rows[mid]!.time <= playhead) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
