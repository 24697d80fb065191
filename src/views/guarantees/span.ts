// Where the crash lab's processing time starts and ends (from the job's log, or from the lab's
// orders), and the crash time it suggests by default.
import { guarantees, type GuaranteeJob, type OrderEvent } from '../../engine';

const jobStart = guarantees.jobStart;

/** Processing-time span of the log: first and last arrival (equal for one order, 0 for none). */
export function logSpan(job: GuaranteeJob): { from: number; to: number } {
  const from = jobStart(job);
  const to = job.log.at(-1)?.arrivalTime ?? from;
  return { from, to };
}

/** First and last arrival of orders already sorted by arrival (the lab's run.events). */
export function spanOf(events: readonly OrderEvent[]): { from: number; to: number } {
  const from = events[0]?.arrivalTime ?? 0;
  return { from, to: events.at(-1)?.arrivalTime ?? from };
}

/** A crash time that teaches well by default: 60 % through the log, on a whole second. */
export function defaultCrashAt({ from, to }: { from: number; to: number }): number {
  return Math.round((from + 0.6 * (to - from)) / 1000) * 1000;
}
