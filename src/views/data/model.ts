// What the data panel says: progress in words, error summaries, file names. Pure, so tested.
import type { ClockSkew, ImportIssue } from '../../engine';
import { formatDuration } from '../../format/duration';
import type { Progress } from './importFile';
import { countOf, formatCount } from '../../format/count';

/** Percent read, 0..100, whole. */
export function percentRead(p: Progress): number {
  return p.total === 0 ? 100 : Math.min(100, Math.floor((p.bytes / p.total) * 100));
}

/** "Checking… 42% (84,000 lines, 5.1 of 12.0 MB)". */
export function progressText(p: Progress): string {
  const mb = (b: number) => (b / 1_048_576).toFixed(1);
  return `Checking… ${percentRead(p)}% (${formatCount(p.rows)} orders read, ${mb(p.bytes)} of ${mb(p.total)} MB)`;
}

/** "Line 12: amount -5 is negative"; a whole-file problem has no line. */
export function issueText(issue: ImportIssue): string {
  return issue.line === null
    ? capitalise(issue.message)
    : `Line ${formatCount(issue.line)}: ${issue.message}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Heading over the error list: how many, and how many are listed. */
export function errorSummary(name: string, shown: number, total: number): string {
  const errors = `${formatCount(total)} error${total === 1 ? '' : 's'}`;
  const listed = total > shown ? `; the first ${formatCount(shown)} are listed` : '';
  return `${name} was not imported: ${errors}${listed}. The lab still runs on its previous orders.`;
}

/** "Running on orders.csv: 200,000 orders". */
export function importedText(name: string, orders: number): string {
  return `Every lane runs on ${name}: ${formatCount(orders)} imported order${orders === 1 ? '' : 's'}.`;
}

/**
 * The notice for imported orders that arrive before they happen, or null when none do:
 * "12 orders arrive before their event time (by up to 3 s): clock skew? They are kept, …".
 */
export function skewNotice(skew: ClockSkew): string | null {
  if (skew.count === 0) return null;
  const one = skew.count === 1;
  return (
    `${countOf(skew.count, 'order')} ${one ? 'arrives' : 'arrive'} before ${one ? 'its' : 'their'} event time ` +
    `(by up to ${formatDuration(skew.maxAhead)}): clock skew? ${one ? 'It is' : 'They are'} kept, as a ` +
    `pipeline would receive ${one ? 'it' : 'them'}. If most orders do, are event_time and arrival_time swapped?`
  );
}

/** Download names that say what they hold. */
export const FILE_NAMES = {
  ordersCsv: 'orders.csv',
  ordersJsonl: 'orders.jsonl',
  resultsCsv: 'expected-results.csv',
  resultsJsonl: 'expected-results.jsonl',
} as const;
