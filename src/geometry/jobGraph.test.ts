import { describe, expect, it } from 'vitest';
import { alongEdges, jobGraphLayout, stateBarLengths } from './jobGraph';

describe('jobGraphLayout(width)', () => {
  it('lays four boxes in a row across the width, 28 px apart, joined by arrows at one height', () => {
    const g = jobGraphLayout(640);
    expect(g.boxes).toHaveLength(4);
    expect(g.boxes[0]!.x).toBe(0);
    expect(g.boxes[3]!.x + g.boxes[3]!.width).toBeCloseTo(640);
    expect(g.edges).toEqual(
      g.boxes.slice(1).map((b, i) => ({ x1: g.boxes[i]!.x + g.boxes[i]!.width, x2: b.x, y: 80 })),
    );
    expect(g.edges.every((e) => e.x2 - e.x1 === 28)).toBe(true);
    expect(g.path).toEqual([{ x1: g.edges[0]!.x1, x2: g.boxes[3]!.x - 6, y: g.flowY }]);
  });
  it('never lays out narrower than 320 px', () => {
    expect(jobGraphLayout(100).width).toBe(320);
  });
  it('stateBarLengths gives the largest value two boxes and scales the rest', () => {
    const g = jobGraphLayout(640);
    const w = g.boxes[0]!.width;
    expect(stateBarLengths([200, 100, 0], g)).toEqual([2 * w, w, 0]);
  });
});

describe('alongEdges(edges, f)', () => {
  const edges = [
    { x1: 0, x2: 10, y: 0 },
    { x1: 20, x2: 30, y: 0 },
  ];
  it('walks the edges only, jumping the gap between them', () => {
    expect(alongEdges(edges, 0)).toBe(0);
    expect(alongEdges(edges, 0.25)).toBe(5);
    expect(alongEdges(edges, 0.75)).toBe(25);
    expect(alongEdges(edges, 1)).toBe(30);
  });
  it('clamps fractions outside 0..1', () => {
    expect(alongEdges(edges, -1)).toBe(0);
    expect(alongEdges(edges, 2)).toBe(30);
  });
});
