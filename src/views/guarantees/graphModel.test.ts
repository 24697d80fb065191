import { describe, expect, it } from 'vitest';
import { graphModel } from './graphModel';
import { job, NOON } from './fixtures';

describe('graphModel(job, every 10 s, crash, at, 640 px)', () => {
  it('lays four operators in a row and reports the source offset, barrier and state', () => {
    const g = graphModel(job, 10_000, null, NOON + 12_000, 640);
    expect(g.nodes.map((n) => n.id)).toEqual(['source', 'keyby', 'window', 'sink']);
    expect(g.nodes[3]!.x + g.nodes[3]!.width).toBeCloseTo(640);
    expect(g.nodes[0]!.lines[0]).toBe('read 3 of 7');
    expect(g.barrierLabel).toBe('checkpoint 1');
    expect(g.barrierId).toBe(1);
    // The watermark mark sits on the path from the source to the sink.
    expect(g.marks.watermark.x).toBeGreaterThanOrEqual(g.edges[0]!.x1);
    expect(g.marks.watermark.x).toBeLessThan(g.nodes[3]!.x);
    expect(g.keys.map((k) => k.label)).toEqual(['a: 1 window, $2.00', 'b: 1 window, $1.00']);
    // keyBy routes; the keyed state is the window operator's.
    expect(g.nodes[1]!.lines).toEqual(['routes by product', 'holds no state']);
    expect(g.nodes[2]!.lines[0]).toBe('state: 2 windows, 2 keys');
    expect(g.status).toBe('running');
  });

  it('at the crash the job reads as failed, then as replaying from its checkpoint', () => {
    const g = graphModel(job, 10_000, NOON + 25_000, NOON + 28_000, 640);
    expect(g.status).toBe('failed');
    expect(g.summary).toContain('Failed at 12:00:25');
    const r = graphModel(job, 10_000, NOON + 25_000, NOON + 35_000, 640);
    expect(r.status).toBe('replaying');
    expect(r.summary).toContain('Restored checkpoint 2, replaying offsets 4–4');
  });
});
