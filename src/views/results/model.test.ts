import { describe, expect, it } from 'vitest';
import { fixed } from './fixtures';
import { metrics, time, lab, queryAt, type LabRun } from '../../engine';
import { resultsAt, resultsView, visibleRows, windowsOf, type ResultsTable } from './model';
import { cellOrders } from './tableIndex';
import { laneVerdicts, lossSummary } from './summary';

const accounting = metrics.accounting;

const runLab = lab.runLab;
const indexRun = lab.indexRun;
const HOUR = time.HOUR;
const MINUTE = time.MINUTE;

const defaultRun = runLab(fixed());
const end = (run: LabRun) => indexRun(run).instantAt(Infinity);
const states = (t: ResultsTable, lane: 'batch' | 'microbatch' | 'stream' | 'request') =>
  t.rows.map((r) => r.cells[lane].state);

describe('resultsAt', () => {
  it('shows every lane pending before the first order arrives', () => {
    const t = resultsAt(defaultRun, -Infinity);
    expect(t.rows).toHaveLength(defaultRun.truth.length);
    for (const lane of ['batch', 'microbatch', 'stream', 'request'] as const) {
      expect(new Set(states(t, lane))).toEqual(new Set(['pending']));
    }
    expect(t.lost.arrived).toBe(0);
  });

  it('lists rows by window, then product in natural order (p2 before p10)', () => {
    const run = runLab(fixed({ scenario: { products: 12 } }));
    const t = resultsAt(run, end(run));
    const firstWindow = t.rows.filter((r) => r.window.start === t.rows[0]!.window.start);
    const keys = firstWindow.map((r) => r.key);
    expect(keys.indexOf('p2')).toBeLessThan(keys.indexOf('p10'));
  });

  it('after everything: the per-request query and the nightly batch match the truth in every row', () => {
    const t = resultsAt(defaultRun, end(defaultRun));
    expect(new Set(states(t, 'request'))).toEqual(new Set(['match']));
    expect(new Set(states(t, 'batch'))).toEqual(new Set(['match']));
    expect(t.tally.batch).toEqual({ match: 30, differs: 0, pending: 0, total: 30 });
  });

  it('after everything: the stream differs exactly where it dropped late orders', () => {
    const t = resultsAt(defaultRun, end(defaultRun));
    if (!defaultRun.stream.ok) throw new Error('stream failed');
    const dropped = defaultRun.stream.value.dropped;
    // The default run drops some late orders and has its 30 windows: both branches below run.
    expect(dropped.length).toBeGreaterThan(0);
    expect(t.rows).toHaveLength(30);
    for (const row of t.rows) {
      const lost = dropped.filter(
        (e) => e.key === row.key && e.eventTime >= row.window.start && e.eventTime < row.window.end,
      );
      const cell = row.cells.stream;
      expect(cell.state).toBe(lost.length > 0 ? 'differs' : 'match');
      if (lost.length > 0) expect(cell.diff).toBe(-lost.reduce((s, e) => s + e.amount, 0));
    }
  });

  it('counts lost orders as the engine accounting does, once everything has happened', () => {
    const run = runLab(
      fixed({ scenario: { start: 12.5 * HOUR }, batch: { schedule: 'hourly', runDelay: 0 } }),
    );
    if (!run.stream.ok || !run.microBatch.ok || !run.batch.ok) throw new Error('lane failed');
    const acc = accounting(run.events, {
      stream: run.stream.value,
      microBatch: run.microBatch.value,
      batch: run.batch.value.runs,
    });
    const { lost } = resultsAt(run, end(run));
    expect(lost.streamDropped).toBe(acc.stream!.lost.events);
    expect(lost.microDropped).toBe(acc.microBatch!.lost.events);
    expect(lost.batchMissed).toBe(acc.batch!.lost.events);
    expect(lost.batchMissed).toBeGreaterThan(0);
    expect(lost.batchRecovered).toBe(lost.batchMissed);
    expect(lost.arrived).toBe(run.events.length);
  });

  it('shows a never-closed stream window as a final absence once all its orders are in', () => {
    const run = runLab(fixed({ stream: { flushAtEnd: false } }));
    const t = resultsAt(run, end(run));
    const last = t.rows.at(-1)!;
    expect(last.cells.stream).toEqual({ state: 'differs', value: null, diff: -last.truth });
  });

  it('sessions: one row per truth session; the per-request range query is exact at the end', () => {
    const run = runLab(fixed({ window: { kind: 'session', gap: 2 * MINUTE } }));
    const final = resultsAt(run, end(run));
    expect(final.rows).toHaveLength(run.truth.length);
    expect(new Set(states(final, 'request'))).toEqual(new Set(['match']));
    const mid = resultsAt(run, indexRun(run).instantAt(12 * HOUR + 10 * MINUTE));
    for (const r of mid.rows) {
      const v = r.cells.request.value;
      if (v !== null) expect(v).toBeLessThanOrEqual(r.truth);
    }
  });

  it('marks every cell of a lane that cannot run the settings as unavailable', () => {
    const run = runLab(fixed({ window: { kind: 'session', gap: 2 * MINUTE } }));
    expect(run.microBatch.ok).toBe(false);
    const t = resultsAt(run, end(run));
    expect(new Set(states(t, 'microbatch'))).toEqual(new Set(['unavailable']));
    expect(t.tally.microbatch.total).toBe(0);
  });
});

describe('indexRun(run).instantAt', () => {
  it('stays put between two instants, so the table is not recomputed per frame', () => {
    const ix = indexRun(defaultRun);
    const a = ix.instants[100]!;
    const b = ix.instants.find((t) => t > a)!;
    expect(ix.instantAt(a)).toBe(a);
    expect(ix.instantAt((a + b) / 2)).toBe(a);
    expect(ix.instantAt(b)).toBe(b);
    expect(ix.instantAt(ix.instants[0]! - 1)).toBe(-Infinity);
  });

  it('gives the same table at the playhead and at its instant', () => {
    const playhead = 12 * HOUR + 7.3 * MINUTE;
    const at = indexRun(defaultRun).instantAt(playhead);
    expect(resultsAt(defaultRun, at)).toEqual(resultsAt(defaultRun, playhead));
  });
});

describe('visibleRows', () => {
  const run = runLab(fixed({ scenario: { duration: 2 * HOUR } }));
  const t = resultsAt(run, end(run));

  it('shows the window in progress, four before it and one after', () => {
    const at = 13 * HOUR + 2 * MINUTE; // inside 13:00-13:05, the 13th of 24 windows
    const v = visibleRows(t.rows, at);
    const shown = windowsOf(v.rows).map((w) => w.start);
    expect(shown).toEqual([0, 1, 2, 3, 4, 5].map((i) => 12 * HOUR + (40 + 5 * i) * MINUTE));
    expect(v.hiddenBefore).toBe(8);
    expect(v.hiddenAfter).toBe(24 - 14);
  });

  it('keeps six windows at the ends and shows everything on request', () => {
    expect(windowsOf(visibleRows(t.rows, 0).rows)).toHaveLength(6);
    expect(visibleRows(t.rows, 0).hiddenBefore).toBe(0);
    expect(windowsOf(visibleRows(t.rows, Infinity).rows)).toHaveLength(6);
    expect(visibleRows(t.rows, 0, { all: true }).rows).toHaveLength(t.rows.length);
  });
});

describe('resultsView', () => {
  it('counts every row as resultsAt does, but builds only the rows visibleRows shows', () => {
    for (const run of [
      runLab(fixed({ scenario: { duration: 2 * HOUR, products: 12 } })),
      runLab(fixed({ window: { kind: 'sliding', size: 10 * MINUTE, slide: 5 * MINUTE } })),
      runLab(fixed({ window: { kind: 'session', gap: 2 * MINUTE } })),
    ]) {
      const times = [-Infinity, 12 * HOUR + 17 * MINUTE, 13 * HOUR + 2 * MINUTE, Infinity];
      for (const at of [...times, ...times.map((t) => indexRun(run).instantAt(t))]) {
        const table = resultsAt(run, at);
        for (const all of [false, true]) {
          const view = resultsView(run, at, { all });
          const shown = visibleRows(table.rows, at, { all });
          expect(view.rows).toEqual(shown.rows);
          expect([view.hiddenBefore, view.hiddenAfter]).toEqual([
            shown.hiddenBefore,
            shown.hiddenAfter,
          ]);
          expect(view.tally).toEqual(table.tally);
          expect(view.lost).toEqual(table.lost);
          expect(view.totalWindows).toBe(windowsOf(table.rows).length);
        }
      }
    }
  });
});

describe('cellOrders', () => {
  it("lists each row's orders in arrival order, and together every order of the truth", () => {
    const run = runLab(fixed());
    const rows = resultsAt(run, Infinity).rows;
    const all = rows.flatMap((r) => cellOrders(run, r.id));
    for (const r of rows) {
      const orders = cellOrders(run, r.id);
      expect(orders).toHaveLength(r.truthCount);
      expect(orders.reduce((sum, o) => sum + o.amount, 0)).toBeCloseTo(r.truth, 6);
      expect(orders.map((o) => o.arrivalTime)).toEqual(
        orders.map((o) => o.arrivalTime).sort((a, b) => a - b),
      );
    }
    expect(all).toHaveLength(run.events.length);
    expect(cellOrders(run, 'no such cell')).toEqual([]);
  });
});

describe('summary lines', () => {
  it('laneVerdicts says how often each lane matches the truth so far', () => {
    const verdicts = laneVerdicts(resultsAt(defaultRun, end(defaultRun)));
    expect(verdicts.map((v) => v.lane)).toEqual(['batch', 'microbatch', 'stream', 'request']);
    expect(verdicts[0]!.text).toBe('Batch: matches the truth in 30 of 30 rows');
    expect(verdicts[2]!.text).toMatch(/^Stream: matches the truth in \d+ of 30 rows$/);
    const early = laneVerdicts(resultsAt(defaultRun, -Infinity));
    expect(early[3]!.text).toBe('Per-request: matches the truth in 0 of 30 rows (30 pending)');
  });

  it('lossSummary counts what each lane lost and what has arrived', () => {
    const lines = lossSummary(resultsAt(defaultRun, end(defaultRun)));
    expect(lines[0]).toMatch(/^Stream dropped \d+ late orders$/);
    expect(lines[1]).toMatch(/^Micro-batch ignored \d+ late orders$/);
    expect(lines[2]).toBe('Batch missed 0 orders');
    expect(lines[3]).toBe(
      `${defaultRun.events.length.toLocaleString('en')} of ${defaultRun.events.length.toLocaleString('en')} orders arrived`,
    );
  });
});

describe('the per-request column', () => {
  it('equals the engine queryAt at any moment, for tumbling and sliding windows', () => {
    for (const window of [
      { kind: 'tumbling', size: 5 * 60_000 },
      { kind: 'sliding', size: 10 * 60_000, slide: 5 * 60_000 },
    ] as const) {
      const run = runLab(fixed({ window }));
      const times = [
        run.events[0]!.arrivalTime - 1,
        ...[10, 250, 900, 1700].map((i) => run.events[i]!.arrivalTime),
      ];
      for (const at of times) {
        const table = resultsAt(run, at);
        const shown = new Map(
          table.rows
            .filter((r) => r.cells.request.value !== null)
            .map((r) => [r.id, r.cells.request.value]),
        );
        const asked = new Map(
          queryAt(run.events, at, run.settings.window).map((r) => [
            `${r.window.start}:${r.window.end}|${r.key}`,
            r.value,
          ]),
        );
        expect(shown).toEqual(asked);
      }
    }
  });
});
