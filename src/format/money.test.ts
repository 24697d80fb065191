import { describe, expect, it } from 'vitest';
import {
  formatDollars,
  formatMoney,
  formatMoneyDiff,
  formatMoneyShort,
  formatWholeDollars,
} from './money';

describe('money', () => {
  it('formatMoney(cents) writes dollars with grouping and a true minus', () => {
    expect(formatMoney(1250)).toBe('$12.50');
    expect(formatMoney(123456789)).toBe('$1,234,567.89');
    expect(formatMoney(-1250)).toBe('−$12.50');
  });

  it('formatMoneyShort(cents) fits a narrow column', () => {
    expect(formatMoneyShort(81_240)).toBe('$812');
    expect(formatMoneyShort(612_000)).toBe('$6.1k');
  });

  it('formatMoneyDiff(cents) carries the sign in text and an arrow, not in colour', () => {
    expect(formatMoneyDiff(-1250)).toBe('−$12.50 ▼');
    expect(formatMoneyDiff(300)).toBe('+$3.00 ▲');
    expect(formatMoneyDiff(0)).toBe('');
    expect(formatMoneyDiff(0, 'same')).toBe('same');
  });

  it('formatDollars and formatWholeDollars label axes in whole or round dollars', () => {
    expect(formatDollars(12345)).toBe('$12,345');
    expect(formatDollars(2.5)).toBe('$2.5');
    expect(formatWholeDollars(1_234_567)).toBe('$12,346');
  });
});
