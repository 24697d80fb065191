// How the lab spells money. Amounts are integer cents everywhere in the engine; every panel turns
// them into dollars here, so the tables, the lanes and the explanations all say "$12.50" and
// "−$3.00 ▼" the same way. d3-format writes negatives with a true minus.
import { format } from 'd3-format';
import { formatCount } from './count';

const dollars = format('$,.2f');
const dollarsShort = format('$.2s');

/** Integer cents as dollars: 1250 -> "$12.50", 123456 -> "$1,234.56". */
export function formatMoney(cents: number): string {
  return dollars(cents / 100);
}

/** Integer cents in few characters, for a narrow window column: "$812", "$6.1k". */
export function formatMoneyShort(cents: number): string {
  const amount = cents / 100;
  return Math.abs(amount) < 1000 ? `$${Math.round(amount)}` : dollarsShort(amount);
}

/**
 * A difference in cents with an arrow, so the sign is not carried by colour alone: "−$12.50 ▼"
 * (short), "+$3.00 ▲" (above); `equal` (default "") when there is none.
 */
export function formatMoneyDiff(cents: number, equal = ''): string {
  if (cents === 0) return equal;
  return cents < 0 ? `${formatMoney(cents)} ▼` : `+${formatMoney(cents)} ▲`;
}

/** An axis value already in dollars, grouped like a count: 12345 -> "$12,345", 2.5 -> "$2.5". */
export function formatDollars(amount: number): string {
  return `$${formatCount(amount)}`;
}

/** Integer cents as whole dollars, for an axis: 1234567 -> "$12,346". */
export function formatWholeDollars(cents: number): string {
  return formatDollars(Math.round(cents / 100));
}
