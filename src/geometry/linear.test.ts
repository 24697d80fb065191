// linearScale gives d3's scaleLinear numbers to the last bit, forwards and inverted.
import fc from 'fast-check';
import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { linearScale } from './linear';

const end = fc.double({ min: -1e13, max: 1e13, noNaN: true });
const pixel = fc.double({ min: -5000, max: 5000, noNaN: true });

describe('linearScale', () => {
  it('maps and inverts exactly as d3 for any domain, range and value (property)', () => {
    fc.assert(
      fc.property(
        end,
        end,
        pixel,
        pixel,
        fc.array(fc.double({ min: -2e13, max: 2e13, noNaN: true }), { maxLength: 20 }),
        fc.array(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { maxLength: 20 }),
        (d0, d1, r0, r1, values, pixels) => {
          const d3 = scaleLinear().domain([d0, d1]).range([r0, r1]);
          const ours = linearScale([d0, d1], [r0, r1]);
          for (const v of [...values, d0, d1, Infinity, -Infinity]) expect(ours(v)).toBe(d3(v));
          for (const p of [...pixels, r0, r1]) expect(ours.invert(p)).toBe(d3.invert(p));
        },
      ),
    );
  });

  it('reads back its domain and range', () => {
    const x = linearScale([10, 20], [0, 100]);
    expect(x.domain()).toEqual([10, 20]);
    expect(x.range()).toEqual([0, 100]);
    expect(x(15)).toBe(50);
    expect(x.invert(25)).toBe(12.5);
  });
});
