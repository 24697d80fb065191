// How the results panel spells order ids, counts of orders and precise instants (money is in
// src/format/money). Kept apart so the table, the summary and the explanations agree.
import { formatClock } from '../../format/clock';
import { countOf } from '../../format/count';

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
