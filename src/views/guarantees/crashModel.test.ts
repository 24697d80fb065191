import { describe, expect, it } from 'vitest';
import { crashModel } from './crashModel';
import { job, NOON } from './fixtures';

describe('crashModel(job, every 10 s, crash at 12:00:25)', () => {
  const model = crashModel(job, 10_000, NOON + 25_000);

  it('tells which checkpoint is restored and which orders fall in between', () => {
    expect(model.story).toBe(
      'Crash at 12:00:25. The job restores checkpoint 2 at 12:00:20 (offset 4). Between it and the crash (offsets 4 to 4) it had processed 1 order (id 4, $1.00).',
    );
  });

  it('puts each guarantee’s totals beside the run without a crash', () => {
    expect(model.noCrash).toBe(700);
    expect(model.truth).toBe(700);
    expect(model.rows.map((r) => [r.guarantee, r.beforeCrash, r.final, r.diff])).toEqual([
      ['at-most-once', 400, 600, -100],
      ['at-least-once', 500, 800, 100],
      ['exactly-once', 400, 700, 0],
    ]);
    expect(model.rows[1]!.explanation).toBe(
      '1 order (id 4, $1.00) was written before the crash and again by the replay: counted twice.',
    );
  });

  it('names the first mode for what it models, offsets committed before processing, not a Flink sink mode', () => {
    const row = model.rows[0]!;
    expect(row.label).toBe('Offsets committed first (at most once)');
    expect(row.rule).toContain('commits its offsets as it reads');
    expect(row.rule).toContain('no Flink sink mode does');
  });
});
