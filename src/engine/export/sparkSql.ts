// The Spark SQL that both exported Spark jobs run: the streaming query's aggregation (over a view
// with the watermark) and the batch job's per-period query. Spark's `window`, `session_window`
// and `window.start` come from the Structured Streaming programming guide ("Window Operations").
import type { LabSettings } from '../lab/settings';
import { sparkDuration } from './durations';

/** `window(event_time, ...)` or `session_window(event_time, ...)` for the lab's window. */
export function sparkWindowCall(settings: LabSettings): string {
  const w = settings.window;
  switch (w.kind) {
    case 'tumbling':
      return w.offset
        ? `window(event_time, '${sparkDuration(w.size)}', '${sparkDuration(w.size)}', '${sparkDuration(w.offset)}')`
        : `window(event_time, '${sparkDuration(w.size)}')`;
    case 'sliding':
      return w.offset
        ? `window(event_time, '${sparkDuration(w.size)}', '${sparkDuration(w.slide)}', '${sparkDuration(w.offset)}')`
        : `window(event_time, '${sparkDuration(w.size)}', '${sparkDuration(w.slide)}')`;
    case 'session':
      return `session_window(event_time, '${sparkDuration(w.gap)}')`;
    case 'global':
      throw new Error('the lab never uses the global window');
  }
}

/** The column the window call produces: `window` or `session_window`. */
export function sparkWindowColumn(settings: LabSettings): string {
  return settings.window.kind === 'session' ? 'session_window' : 'window';
}

/**
 * The aggregation, revenue per product per window, over `table`; `where` adds a filter (the batch
 * job's period). Without a trailing semicolon, as `spark.sql` wants it.
 */
export function sparkAggregation(settings: LabSettings, table: string, where?: string): string {
  const col = sparkWindowColumn(settings);
  return `SELECT ${col}.start AS window_start, ${col}.end AS window_end, \`key\`,
       SUM(amount) AS revenue, COUNT(*) AS orders
FROM ${table}${where ? `\nWHERE ${where}` : ''}
GROUP BY ${sparkWindowCall(settings)}, \`key\``;
}
