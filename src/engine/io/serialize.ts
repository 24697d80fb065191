// Events and expected results as files: CSV (header + one order a line) and JSON Lines, in the
// schema of ../export/schema.ts. Times are ISO 8601 UTC with milliseconds, so the text names the
// exact instant and parses back to the same number (see ./parse.ts).
import type { OrderEvent, Row } from '../core/types';
import { isoFromMs } from './isoTime';
import { EVENT_FIELDS, PARTITION_FIELD } from './schema';

/** A CSV field, quoted only when it must be (RFC 4180: comma, quote, line break, edge spaces). */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Orders as CSV: `id,key,amount,customer,event_time,arrival_time`, newline-terminated, and a
 * `partition` column when any order has one (orders from several regions).
 */
export function eventsToCsv(events: readonly OrderEvent[]): string {
  const partitioned = events.some((e) => e.partition !== undefined);
  const lines = [[...EVENT_FIELDS, ...(partitioned ? [PARTITION_FIELD] : [])].join(',')];
  for (const e of events) {
    const fields = [
      String(e.id),
      csvField(e.key),
      String(e.amount),
      e.customer === undefined ? '' : String(e.customer),
      isoFromMs(e.eventTime),
      isoFromMs(e.arrivalTime),
    ];
    if (partitioned) fields.push(String(e.partition ?? 0));
    lines.push(fields.join(','));
  }
  return lines.join('\n') + '\n';
}

/**
 * Orders as JSON Lines, one object a line with the same fields as the CSV (customer left out when
 * unknown, partition when absent).
 */
export function eventsToJsonl(events: readonly OrderEvent[]): string {
  let out = '';
  for (const e of events) {
    const o: Record<string, string | number> = { id: e.id, key: e.key, amount: e.amount };
    if (e.customer !== undefined) o.customer = e.customer;
    o.event_time = isoFromMs(e.eventTime);
    o.arrival_time = isoFromMs(e.arrivalTime);
    if (e.partition !== undefined) o.partition = e.partition;
    out += JSON.stringify(o) + '\n';
  }
  return out;
}

/** Result columns: the window, the product, revenue in cents and the number of orders. */
export const RESULT_FIELDS = ['window_start', 'window_end', 'key', 'revenue', 'orders'] as const;

function sortedRows(rows: readonly Row[]): Row[] {
  return [...rows].sort(
    (a, b) =>
      a.window.start - b.window.start ||
      a.window.end - b.window.end ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/** Expected results (the lab's truth) as CSV, by window then product. */
export function resultsToCsv(rows: readonly Row[]): string {
  const lines = [RESULT_FIELDS.join(',')];
  for (const r of sortedRows(rows))
    lines.push(
      [isoFromMs(r.window.start), isoFromMs(r.window.end), csvField(r.key), r.value, r.count].join(
        ',',
      ),
    );
  return lines.join('\n') + '\n';
}

/** Expected results as JSON Lines, by window then product. */
export function resultsToJsonl(rows: readonly Row[]): string {
  let out = '';
  for (const r of sortedRows(rows))
    out +=
      JSON.stringify({
        window_start: isoFromMs(r.window.start),
        window_end: isoFromMs(r.window.end),
        key: r.key,
        revenue: r.value,
        orders: r.count,
      }) + '\n';
  return out;
}
