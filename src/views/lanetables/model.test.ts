// laneTables: one table per lane with marks, rows in time order, and rowsAt counting the rows the
// playhead has reached; the counts they show agree with the lanes' and the results' at every
// playhead.
import { describe, expect, it } from 'vitest';
import { lab } from '../../engine';
import { streamFacts } from '../explain/facts';
import { streamCounts, streamModel } from '../lanes/streamModel';
import { lostAt } from '../results/model';
import { cellsAt, laneTables, rowsAt } from './model';

const run = lab.runLab({ scenario: { lateShare: 0.3 } });
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
  it('the stream rows add up the drops the stream made, by the end', () => {
    const stream = tables[0]!;
    const total = stream.rows.reduce(
      (s, r) => s + Number(cellsAt(r, Infinity)[4]!.replace(/,/g, '')),
      0,
    );
    expect(total).toBe(run.stream.ok ? run.stream.value.dropped.length : -1);
  });
  it('say as many late orders dropped as the lane, its explanation and the results at every playhead', () => {
    const stream = tables[0]!;
    const lane = streamModel(run)!;
    const { from, to } = run.timeline;
    let checked = 0;
    for (let at = from; at <= to; at += (to - from) / 200) {
      const dropped = streamCounts(lane, at).dropped;
      const facts = streamFacts(run, at);
      expect(facts.ok && facts.dropped).toBe(dropped);
      expect(lostAt(run, at).streamDropped).toBe(dropped);
      expect(stream.caption(at)).toContain(`(${dropped.toLocaleString('en-US')} late order`);
      // The rows on screen never count more drops than the caption.
      const shown = stream.rows.slice(0, rowsAt(stream.rows, at));
      const inRows = shown.reduce((s, r) => s + Number(cellsAt(r, at)[4]!.replace(/,/g, '')), 0);
      expect(inRows).toBeLessThanOrEqual(dropped);
      if (dropped > 0 && dropped < lostAt(run, to).streamDropped) checked++;
    }
    // Some playheads fell between the first and the last drop, where a whole-run count is wrong.
    expect(checked).toBeGreaterThan(0);
  });
  it('a micro-batch that ran before any watermark says "none yet", not 00:00:00', () => {
    const micro = tables[1]!;
    const col = micro.columns.indexOf('Watermark used');
    expect(micro.rows[0]!.cells[col]).toBe('none yet');
    expect(micro.rows.map((r) => r.cells[col])).not.toContain('00:00:00');
    expect(micro.rows.at(-1)!.cells[col]).toMatch(/^\d\d:\d\d:\d\d$/);
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
