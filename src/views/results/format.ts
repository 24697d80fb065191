// How the results panel spells money, differences, order ids and precise instants. Kept apart so
// the table, the summary and the explanations all say "$12.50" and "−$3.00 ▼" the same way.
import { format } from 'd3-format';
import { formatClock } from '../../geometry/time';
import { countOf } from '../count';

const dollars = format('$,.2f');

/** Integer cents as dollars: 1250 -> "$12.50". d3-format writes negatives with a true minus. */
export function formatMoney(cents: number): string {
  return dollars(cents / 100);
}

/**
 * A lane's value minus the truth, with an arrow so the sign is not carried by colour alone:
 * "−$12.50 ▼" (short of the truth), "+$3.00 ▲" (above it), "" when equal.
 */
export function formatDiff(cents: number): string {
  if (cents === 0) return '';
  return cents < 0 ? `${formatMoney(cents)} ▼` : `+${formatMoney(cents)} ▲`;
}

/**
 * An instant with its milliseconds when it has any: watermarks and window ends minus 1 ms read
 * "12:04:59.999", so "the watermark passed the end" is visible to the millisecond.
 */
export function formatInstant(t: number): string {
  if (!Number.isFinite(t)) return formatClock(t);
  const ms = ((t % 1000) + 1000) % 1000;
  if (ms === 0) return formatClock(t);
  return `${formatClock(t, 'always')}.${String(Math.floor(ms)).padStart(3, '0')}`;
}

/** "1 order", "1,174 orders". */
export function orders(n: number): string {
  return countOf(n, 'order');
}

/** "id 7", "ids 7, 9 and 12", "ids 7, 9, 12, 15, 20 and 3 more": at most `max` ids named. */
export function formatIds(ids: readonly number[], max = 5): string {
  if (ids.length === 1) return `id ${ids[0]}`;
  const shown = ids.slice(0, max);
  const rest = ids.length - shown.length;
  if (rest > 0) return `ids ${shown.join(', ')} and ${rest} more`;
  return `ids ${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

/** "a, b and c". */
export function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
