import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PixelMarks, thinByCell } from './thin';

describe('thinByCell', () => {
  it('keeps the last item of each cell, in order', () => {
    const items = [
      { id: 1, x: 1, y: 1 },
      { id: 2, x: 30, y: 1 },
      { id: 3, x: 4, y: 5 },
      { id: 4, x: 31, y: 40 },
    ];
    expect(thinByCell(items, (i) => i, 10).map((i) => i.id)).toEqual([2, 3, 4]);
  });

  it('keeps exactly one item per occupied cell, a subset in the original order', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ x: fc.integer({ min: 0, max: 200 }), y: fc.integer({ min: 0, max: 200 }) }),
        ),
        fc.integer({ min: 1, max: 30 }),
        (points, cell) => {
          const kept = thinByCell(points, (p) => p, cell);
          const cellOf = (p: { x: number; y: number }) =>
            `${Math.floor(p.x / cell)}:${Math.floor(p.y / cell)}`;
          expect(new Set(kept.map(cellOf)).size).toBe(kept.length);
          expect(kept.length).toBe(new Set(points.map(cellOf)).size);
          const idx = kept.map((k) => points.lastIndexOf(k));
          expect(idx).toEqual([...idx].sort((a, b) => a - b));
        },
      ),
    );
  });
});

describe('PixelMarks', () => {
  it('lets the first mark of a kind through on a pixel and refuses the next of that kind', () => {
    const marks = new PixelMarks(4, 3);
    expect(marks.fresh(2, 1, 1, true)).toBe(true);
    expect(marks.fresh(2, 1, 1, true)).toBe(false);
    expect(marks.fresh(2, 1, 2, true)).toBe(true); // another kind on the same pixel
    expect(marks.fresh(1, 1, 1, true)).toBe(true); // the pixel beside it
  });

  it('remembers only when asked, always lets marks off the grid through, and forgets on clear', () => {
    const marks = new PixelMarks(4, 3);
    expect(marks.fresh(0, 0, 4, false)).toBe(true);
    expect(marks.fresh(0, 0, 4, false)).toBe(true);
    for (const [x, y] of [
      [-1, 0],
      [4, 0],
      [0, 3],
      [0, -1],
    ] as const) {
      expect(marks.fresh(x, y, 1, true)).toBe(true);
      expect(marks.fresh(x, y, 1, true)).toBe(true);
    }
    marks.fresh(3, 2, 8, true);
    marks.clear();
    expect(marks.fresh(3, 2, 8, true)).toBe(true);
  });
});
