import { describe, expect, it } from 'vitest';
import { contrast, palettes, presenterPalette } from './palette';

describe('palette contrast (WCAG 2.2 AA)', () => {
  it('computes the known black/white ratio of 21:1', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });

  for (const [theme, p] of Object.entries(palettes)) {
    it(`${theme}: text colours reach 4.5:1 on the panel`, () => {
      for (const c of [p.text, p.muted]) expect(contrast(c, p.panel)).toBeGreaterThanOrEqual(4.5);
    });
    it(`${theme}: every mark colour reaches 3:1 on the panel`, () => {
      const marks = [
        ...Object.values(p.lane),
        ...Object.values(p.timing),
        p.onTimeOrder,
        p.lateOrder,
        p.dropped,
        p.watermark,
        p.truth,
        p.grid,
      ];
      for (const c of marks) expect(contrast(c, p.panel), c).toBeGreaterThanOrEqual(3);
    });
    it(`${theme}: lane colours are used as text too, so they reach 4.5:1`, () => {
      for (const c of Object.values(p.lane))
        expect(contrast(c, p.panel), c).toBeGreaterThanOrEqual(4.5);
    });
  }
});

describe('presenterPalette', () => {
  for (const theme of ['light', 'dark'] as const)
    it(`${theme}: secondary ink reaches text contrast (>= 7:1) on the panel`, () => {
      const p = presenterPalette(palettes[theme]);
      expect(contrast(p.muted, p.panel)).toBeGreaterThanOrEqual(7);
      expect(contrast(p.grid, p.panel)).toBeGreaterThanOrEqual(4.5);
      expect(p.lane).toEqual(palettes[theme].lane);
    });
});
