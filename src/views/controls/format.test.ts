import { describe, expect, it } from 'vitest';
import {
  spellCount,
  spellDuration,
  spellOptionalDuration,
  spellPercent,
  spellRate,
} from './format';

describe('control value spelling', () => {
  it('spellDuration(120000) shows "2 min" and reads "2 minutes"', () => {
    expect(spellDuration(120_000)).toEqual({ short: '2 min', long: '2 minutes' });
  });
  it('spellOptionalDuration(0) is "off"', () => {
    expect(spellOptionalDuration(0).long).toBe('off');
    expect(spellOptionalDuration(30_000).long).toBe('30 seconds');
  });
  it('spellPercent(0.35) is "35 %" / "35 percent"', () => {
    expect(spellPercent(0.35)).toEqual({ short: '35 %', long: '35 percent' });
  });
  it('spellRate and spellCount name their units', () => {
    expect(spellRate(60).long).toBe('60 orders per minute');
    expect(spellCount('product', 'products')(1).short).toBe('1 product');
    expect(spellCount('product', 'products')(5).short).toBe('5 products');
  });
});
