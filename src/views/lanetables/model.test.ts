// laneTables: one table per lane with marks, rows in time order, and rowsAt counting the rows the
// playhead has reached.
import { describe, expect, it } from 'vitest';
import { runLab } from '../../engine';
import { laneTables, rowsAt } from './model';

const run = runLab({ scenario: { lateShare: 0.3 } });
const tables = laneTables(run);

describe('laneTables', () => {
  it('has the stream, micro-batch and batch tables, each row as wide as its columns', () => {
    expect(tables.map((t) => t.lane)).toEqual(['stream', 'microbatch', 'batch']);
    for (const t of tables) {
      expect(t.rows.length).toBeGreaterThan(0);
      for (const r of t.rows) expect(r.cells).toHaveLength(t.columns.length);
      const times = t.rows.map((r) => r.time);
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }
  });
  it('the stream rows add up the drops the stream made', () => {
    const stream = tables[0]!;
    const total = stream.rows.reduce((s, r) => s + Number(r.cells[4]!.replace(/,/g, '')), 0);
    expect(total).toBe(run.stream.ok ? run.stream.value.dropped.length : -1);
  });
  it('a batch run reports the revenue it wrote', () => {
    const batch = tables[2]!;
    expect(batch.rows[0]!.cells[3]).toMatch(/^\$[\d,]+\.\d\d$/);
  });
});

describe('rowsAt', () => {
  it('counts rows at or before the playhead', () => {
    const rows = [
      { time: 1, cells: [] },
      { time: 5, cells: [] },
      { time: 5, cells: [] },
    ];
    expect(rowsAt(rows, 0)).toBe(0);
    expect(rowsAt(rows, 1)).toBe(1);
    expect(rowsAt(rows, 5)).toBe(3);
    expect(rowsAt(rows, 99)).toBe(3);
  });
});
