import { describe, expect, it } from 'vitest';
import { chartFrame } from './latencyChartAxes';
import { dodgeMarks, MARK_SPACING, placeLabels, ringRadius } from './latencyChartMarks';

const frame = chartFrame([2, 12, 12, 2], { width: 760, height: 430, font: 13 });
const overlap = (
  a: { x0: number; y0: number; x1: number; y1: number },
  b: { x0: number; y0: number; x1: number; y1: number },
) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('dodgeMarks(marks, frame)', () => {
  it('steps a mark that lands on another aside until their targets clear, and moves no other', () => {
    const marks = [
      { x: 300, y: 200 },
      { x: 300, y: 200 },
      { x: 500, y: 100 },
    ];
    dodgeMarks(marks, frame);
    expect(marks[0]).toEqual({ x: 300, y: 200 });
    expect(Math.abs(marks[1]!.y - 200)).toBeGreaterThanOrEqual(MARK_SPACING);
    expect(marks[1]!.x).toBe(300);
    expect(marks[2]).toEqual({ x: 500, y: 100 });
  });
});

describe('placeLabels(marks, frame, font)', () => {
  it('gives each label a block inside the drawing that covers no other label or mark', () => {
    const marks = [
      { x: 300, y: 200, title: 'Stream', note: '94.1% right' },
      { x: 330, y: 200, title: 'Micro-batch', note: '100% right' },
      { x: 700, y: 380, title: 'Batch', note: '100% right' },
    ];
    const placed = placeLabels(marks, frame, 13);
    expect(placed).toHaveLength(3);
    const r = ringRadius(13);
    placed.forEach(({ box, at }, i) => {
      expect(box.x0).toBeGreaterThanOrEqual(0);
      expect(box.x1).toBeLessThanOrEqual(frame.width);
      expect(box.y1).toBeLessThanOrEqual(frame.height);
      expect(at.lines).toBe(2);
      placed.forEach((o, j) => {
        if (i === j) return;
        expect(overlap(box, o.box)).toBe(false);
        const m = marks[j]!;
        expect(overlap(box, { x0: m.x - r, y0: m.y - r, x1: m.x + r, y1: m.y + r })).toBe(false);
      });
    });
  });
});
