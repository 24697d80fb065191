// What the data panel says: progress in words, error summaries, file names. Pure, so tested.
import type { ImportIssue } from '../../engine';
import type { Progress } from './importFile';

const count = new Intl.NumberFormat('en-US');

/** Percent read, 0..100, whole. */
export function percentRead(p: Progress): number {
  return p.total === 0 ? 100 : Math.min(100, Math.floor((p.bytes / p.total) * 100));
}

/** "Checking… 42% (84,000 lines, 5.1 of 12.0 MB)". */
export function progressText(p: Progress): string {
  const mb = (b: number) => (b / 1_048_576).toFixed(1);
  return `Checking… ${percentRead(p)}% (${count.format(p.rows)} orders read, ${mb(p.bytes)} of ${mb(p.total)} MB)`;
}

/** "Line 12: amount -5 is negative"; a whole-file problem has no line. */
export function issueText(issue: ImportIssue): string {
  return issue.line === null
    ? capitalise(issue.message)
    : `Line ${count.format(issue.line)}: ${issue.message}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Heading over the error list: how many, and how many are listed. */
export function errorSummary(name: string, shown: number, total: number): string {
  const errors = `${count.format(total)} error${total === 1 ? '' : 's'}`;
  const listed = total > shown ? `; the first ${shown} are listed` : '';
  return `${name} was not imported: ${errors}${listed}. The lab still runs on its previous orders.`;
}

/** "Running on orders.csv: 200,000 orders". */
export function importedText(name: string, orders: number): string {
  return `Every lane runs on ${name}: ${count.format(orders)} imported order${orders === 1 ? '' : 's'}.`;
}

/** Download names that say what they hold. */
export const FILE_NAMES = {
  ordersCsv: 'orders.csv',
  ordersJsonl: 'orders.jsonl',
  resultsCsv: 'expected-results.csv',
  resultsJsonl: 'expected-results.jsonl',
} as const;
