// Which code the panel shows: the exports for the run's settings, with the batch job's periods
// covering the orders actually in play (an imported file may span other days than the scenario).
import type { LabRun } from '../../engine';
import { duckdbSql, exportCode, type CodeExport, type EventSpan } from '../../engine/codegen';

/** Event-time span of imported orders; undefined for generated ones (the scenario's span). */
export function spanOf(run: LabRun): EventSpan | undefined {
  if (!run.imported || run.events.length === 0) return undefined;
  let from = Infinity;
  let to = -Infinity;
  for (const e of run.events) {
    from = Math.min(from, e.eventTime);
    to = Math.max(to, e.eventTime + 1);
  }
  return { from, to };
}

/** The code tabs for a run: the engine jobs, then DuckDB SQL over the exported orders file. */
export function codeTabs(run: LabRun): CodeExport[] {
  return [
    ...exportCode(run.settings, spanOf(run)),
    {
      target: 'duckdb',
      label: 'DuckDB SQL',
      fileName: 'revenue.duckdb.sql',
      language: 'sql',
      code: duckdbSql(run.settings),
      differences: [],
    },
  ];
}

/** Index of the tab an arrow, Home or End key moves to from `current` (wrapping), or null. */
export function nextTab(key: string, current: number, count: number): number | null {
  if (key === 'ArrowRight') return (current + 1) % count;
  if (key === 'ArrowLeft') return (current - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}
