import { describe, expect, it } from 'vitest';
import { fixed } from './fixtures';
import { time, lab, type LabRun } from '../../engine';
import { explainRow, type LaneExplanation } from './explain';
import { resultsAt, type ResultLane, type ResultRow } from './model';

const runLab = lab.runLab;
const indexRun = lab.indexRun;
const HOUR = time.HOUR;
const MINUTE = time.MINUTE;

const end = (run: LabRun) => indexRun(run).instantAt(Infinity);
const lane = (all: LaneExplanation[], id: ResultLane) => all.find((e) => e.lane === id)!;
/** The first row whose `lane` cell is in `state` at `at`. */
function rowWhere(run: LabRun, at: number, id: ResultLane, state: string): ResultRow {
  const row = resultsAt(run, at).rows.find((r) => r.cells[id].state === state);
  if (row === undefined) throw new Error(`no ${state} row for ${id}`);
  return row;
}
const number = (text: string, re: RegExp) => Number(re.exec(text)?.[1]?.replace(/,/g, ''));

describe('explainRow: stream', () => {
  const run = runLab(fixed());
  const at = end(run);
  const row = rowWhere(run, at, 'stream', 'differs');
  const stream = lane(explainRow(run, row, at), 'stream');

  it('names the orders dropped as late, when they arrived and the watermark they missed', () => {
    const line = stream.lines.find((l) => l.includes('dropped as late'))!;
    expect(line).toMatch(
      /^\d+ orders? dropped as late \(ids? [\d, ]+.*: arrived \d\d:\d\d:\d\d.*, after the watermark passed \d\d:\d4:59\.999\)\.$/,
    );
  });

  it('accounts for the whole difference: the pane plus the dropped orders is the truth', () => {
    if (!run.stream.ok) throw new Error('stream failed');
    const dropped = run.stream.value.dropped.filter(
      (e) => e.key === row.key && e.eventTime >= row.window.start && e.eventTime < row.window.end,
    );
    const line = stream.lines.find((l) => l.includes('dropped as late'))!;
    expect(number(line, /^([\d,]+) order/)).toBe(dropped.length);
    expect(row.cells.stream.value! + dropped.reduce((s, e) => s + e.amount, 0)).toBe(row.truth);
    expect(stream.lines[0]).toMatch(/^On-time pane at \d\d:\d\d:\d\d holds \d+ orders/);
  });

  it('explains an open window with when it will fire', () => {
    const before = indexRun(run).instantAt(12 * HOUR + 4 * MINUTE);
    const open = resultsAt(run, before).rows[0]!;
    const text = lane(explainRow(run, open, before), 'stream').lines[0]!;
    expect(text).toMatch(
      /^Window open, holding \d+ orders: it fires when the watermark passes 12:04:59\.999, at 12:06:\d\d \(the watermark trails the newest order's time by 1 min\)\.$/,
    );
  });

  it('calls an early pane early, with more orders to come', () => {
    const early = runLab(fixed({ stream: { earlyEvery: 30_000 } }));
    const t = indexRun(early).instantAt(12 * HOUR + 3 * MINUTE);
    const r = resultsAt(early, t).rows[0]!;
    const lines = lane(explainRow(early, r, t), 'stream').lines;
    expect(lines[0]).toMatch(/^Early pane at 12:0\d:\d\d holds/);
    expect(lines[1]).toBe(
      'Early pane, more orders to come: the on-time pane fires when the watermark passes 12:04:59.999.',
    );
  });

  it('explains a window the watermark never passed', () => {
    const idle = runLab(fixed({ stream: { flushAtEnd: false } }));
    const t = end(idle);
    const last = resultsAt(idle, t).rows.at(-1)!;
    expect(lane(explainRow(idle, last, t), 'stream').lines[0]).toMatch(
      /^Never closed: the watermark never passed 12:29:59\.999/,
    );
  });
});

describe('explainRow: micro-batch', () => {
  const run = runLab(fixed());
  const at = end(run);
  const row = rowWhere(run, at, 'microbatch', 'differs');
  const micro = lane(explainRow(run, row, at), 'microbatch');

  it('says which batch wrote the row and which orders it ignored as too late', () => {
    expect(micro.lines[0]).toMatch(/^The batch at \d\d:\d\d:00 wrote \d+ orders \(\$[\d,.]+\)\.$/);
    const late = micro.lines.find((l) => l.includes('ignored as too late'))!;
    expect(late).toMatch(/window end \d\d:\d\d <= watermark/);
  });

  it('the written count plus the ignored count is the truth count', () => {
    const written = number(micro.lines[0]!, /wrote ([\d,]+) order/);
    const late = number(
      micro.lines.find((l) => l.includes('ignored'))!,
      /^([\d,]+) order/,
    );
    expect(written + late).toBe(row.truthCount);
  });

  it('in append mode, says the row waits for the watermark to pass the window end', () => {
    const append = runLab(fixed({ microBatch: { outputMode: 'append' } }));
    const t = indexRun(append).instantAt(12 * HOUR + 6 * MINUTE);
    const r = resultsAt(append, t).rows[0]!;
    expect(lane(explainRow(append, r, t), 'microbatch').lines[0]).toMatch(
      /^Append mode writes a window once, after the watermark passes its end 12:05: that happens with the batch at \d\d:\d\d:\d\d\.$/,
    );
  });
});

describe('explainRow: batch', () => {
  const run = runLab(fixed());

  it('says the nightly job has not run yet, and when it will', () => {
    const at = end(run) - 2 * HOUR;
    const row = resultsAt(run, at).rows[0]!;
    expect(lane(explainRow(run, row, at), 'batch').lines).toEqual([
      'Job has not run yet: it starts at +1d 01:00, reads what has arrived by then, and writes results at +1d 01:20.',
    ]);
  });

  it('names missed orders and the re-run that picks them up, before and after it runs', () => {
    const hourly = runLab(
      fixed({ scenario: { start: 12.5 * HOUR }, batch: { schedule: 'hourly', runDelay: 0 } }),
    );
    const afterJob = indexRun(hourly).instantAt(13.5 * HOUR);
    const row = resultsAt(hourly, afterJob).rows.find((r) => r.cells.batch.state === 'differs')!;
    const lines = lane(explainRow(hourly, row, afterJob), 'batch').lines;
    expect(lines.find((l) => l.includes('missed'))).toMatch(
      /^\d+ orders? missed \(ids? .*: arrived 13:\d\d:\d\d.*, after the job read its input at 13:00\)\.$/,
    );
    expect(lines.at(-1)).toMatch(/^The re-run at 14:00 picks (it|them) up \(results at 14:20\)\.$/);

    const afterRerun = end(hourly);
    const repaired = resultsAt(hourly, afterRerun).rows.find((r) => r.id === row.id)!;
    expect(repaired.cells.batch.state).toBe('match');
    const later = lane(explainRow(hourly, repaired, afterRerun), 'batch').lines;
    expect(later[0]).toMatch(/^The re-run at 14:00 read \d+ orders/);
    expect(later).toContainEqual(
      expect.stringMatching(/^The re-run at 14:00 picked (it|them) up\.$/),
    );
  });
});

describe('explainRow: per-request and lanes that cannot run', () => {
  const run = runLab(fixed());

  it('per-request: exact over what has arrived, naming the orders still on the way', () => {
    const at = indexRun(run).instantAt(12 * HOUR + 6 * MINUTE);
    const row = resultsAt(run, at).rows[0]!;
    const text = lane(explainRow(run, row, at), 'request').lines[0]!;
    expect(text).toMatch(
      /^A query now sums the \d+ orders that have arrived; \d+ orders? still on the way \(ids? .*, arriving .*\)\.$/,
    );
    const atEnd = end(run);
    expect(lane(explainRow(run, row, atEnd), 'request').lines[0]).toBe(
      `Exact: a query now sums all ${row.truthCount} orders.`,
    );
  });

  it('per-request: before any order arrives, says when the first one does', () => {
    const row = resultsAt(run, -Infinity).rows[0]!;
    expect(lane(explainRow(run, row, -Infinity), 'request').lines[0]).toMatch(
      /^None of its \d+ orders has arrived yet \(the first arrives at 12:00:\d\d\): a query now finds nothing\.$/,
    );
  });

  it('a lane that cannot run the settings gives the engine reason', () => {
    const sessions = runLab(fixed({ window: { kind: 'session', gap: 2 * MINUTE } }));
    const at = end(sessions);
    const row = resultsAt(sessions, at).rows[0]!;
    const micro = lane(explainRow(sessions, row, at), 'microbatch');
    expect(micro.state).toBe('unavailable');
    expect(micro.lines[0]).toMatch(/^cannot run these settings: .*session\.$/);
  });

  it('every lane explanation has at least one sentence, for every row and several instants', () => {
    const explained: string[] = [];
    const silent: string[] = [];
    for (const t of [-Infinity, 12 * HOUR + 3 * MINUTE, 12 * HOUR + 20 * MINUTE, end(run)]) {
      const at = indexRun(run).instantAt(t);
      for (const row of resultsAt(run, at).rows) {
        for (const e of explainRow(run, row, at)) {
          if (e.state === 'match' && e.lane === 'stream') continue;
          const where = `${e.lane} ${row.id} at ${at}`;
          explained.push(where);
          if (e.lines.length === 0) silent.push(where);
        }
      }
    }
    expect(silent).toEqual([]);
    // Rows at every instant, for every lane: the loops above really ran over something.
    expect(explained.length).toBeGreaterThan(100);
  });
});
