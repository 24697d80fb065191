import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3-scale';
import { fitsCorner, noteSize } from './corner';

// Event time 0-100 across 0-100 px, processing time 0-100 down 0-100 px.
const x = scaleLinear().domain([0, 100]).range([0, 100]);
const y = (t: number) => t;
const plot = { right: 100, top: 0 };

describe('noteSize', () => {
  // 6 px a character, the bold title 7.
  const measure = (text: string, i: number) => text.length * (i === 0 ? 7 : 6);

  it('measures the widest line, one row per line', () => {
    expect(noteSize(['abcde', 'ab'], 10, 200, measure)).toEqual({ width: 53, height: 36 });
  });

  it('wraps a line wider than the note', () => {
    // 50 characters at 6 px = 300 px in a note 118 px wide (100 px of text): 3 rows.
    expect(noteSize(['title', 'x'.repeat(50)], 10, 118, measure)).toEqual({
      width: 118,
      height: 62,
    });
  });
});

describe('fitsCorner', () => {
  const size = { width: 30, height: 20 };

  it('fits above the diagonal when no mark reaches into the corner', () => {
    // The note spans x 66-96, y 4-24; the diagonal is at y 66 under its left edge.
    expect(fitsCorner(size, plot, x, y, [])).toBe(true);
    // A box ending left of the note, and one starting below it.
    expect(
      fitsCorner(size, plot, x, y, [
        { right: 66, top: 0 },
        { right: 100, top: 24 },
      ]),
    ).toBe(true);
  });

  it('does not fit where a mark reaches into it, or the diagonal passes under it', () => {
    expect(fitsCorner(size, plot, x, y, [{ right: 70, top: 20 }])).toBe(false);
    // Left edge at 26: the diagonal is at y 26 there, above a 30 px tall note's bottom at 34.
    expect(fitsCorner({ width: 70, height: 30 }, plot, x, y, [])).toBe(false);
  });
});
