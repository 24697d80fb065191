// The play area's marks as rows, for a data-table view of the four lanes: what the stream closed,
// what each micro-batch read and wrote, what each batch job did. Rows are in time order with a
// `time`, so the view shows exactly those at or before the playhead; a count that keeps growing
// after its row appears (late orders dropped) is counted at the playhead too, with the same
// function as the lanes and the results (../lost), so the tables never say 19 where they say 9.
import { bisector } from 'd3-array';
import { time, type LabRun } from '../../engine';
import { formatClock, formatWatermark } from '../../format/clock';
import { countOf, formatCount } from '../../format/count';
import { formatMoney } from '../../format/money';
import { lostAt } from '../lost';
import { narrationOf } from '../narration/model';

const countAtOrBefore = time.countAtOrBefore;
const compareTimes = time.compareTimes;

export interface TableRow {
  /** When the row becomes true (processing time). */
  time: number;
  cells: string[];
  /** A cell that counts instants (ascending) at or before the playhead: its column and instants. */
  growing?: { column: number; at: Float64Array };
}

export interface LaneTable {
  lane: 'stream' | 'microbatch' | 'batch';
  /** The caption at a playhead. */
  caption: (playhead: number) => string;
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
    // Each drop under the first window that closed holding its event time (it arrived after).
    const dropsPer = new Map<number, number[]>();
    for (const e of run.stream.value.dropped) {
      const c = n.closings.find((x) => e.eventTime >= x.start && e.eventTime < x.end);
      if (!c) continue;
      const list = dropsPer.get(c.start);
      if (list) list.push(e.arrivalTime);
      else dropsPer.set(c.start, [e.arrivalTime]);
    }
    tables.push({
      lane: 'stream',
      caption: (at) =>
        `Stream: windows as they closed (${countOf(lostAt(run, at).streamDropped, 'late order')} dropped so far)`,
      columns: ['Window', 'Closed at', 'Orders', 'Revenue', 'Late orders dropped afterwards'],
      rows: n.closings.map((c) => ({
        time: c.at,
        cells: [
          span(c.start, c.end),
          clock(c.at),
          formatCount(c.orders),
          formatMoney(c.amount),
          '0',
        ],
        growing: { column: 4, at: Float64Array.from(dropsPer.get(c.start) ?? []).sort() },
      })),
    });
  }
  if (run.microBatch.ok) {
    tables.push({
      lane: 'microbatch',
      caption: () => 'Micro-batch: each batch as it ran',
      columns: ['Batch', 'Read up to', 'Orders read', 'Watermark used', 'Rows written', 'Dropped'],
      rows: run.microBatch.value
        .filter((b) => b.inputIds.length > 0 || b.rows.length > 0 || b.dropped.length > 0)
        .map((b) => ({
          time: b.emittedAt,
          cells: [
            String(b.id),
            clock(b.end),
            formatCount(b.inputIds.length),
            formatWatermark(b.watermark, { seconds: 'always' }),
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
      caption: () => 'Batch: each job run',
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
  return byTime.right(rows, playhead);
}

// Rows by when they become true, compared as the sorted-time lookups compare.
const byTime = bisector<TableRow, number>((r, t) => compareTimes(r.time, t));

/** The cells of `row` at `playhead`: a growing count counts its instants up to it. */
export function cellsAt(row: TableRow, playhead: number): string[] {
  const g = row.growing;
  if (g === undefined) return row.cells;
  const cells = [...row.cells];
  cells[g.column] = formatCount(countAtOrBefore(g.at, playhead));
  return cells;
}
