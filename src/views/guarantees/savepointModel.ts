// Savepoint and upgrade in words and numbers: stop the job with a savepoint, resume a changed
// version, and compare the sink with the uninterrupted old job and with the new job run from the
// start; what carried over and what could not.
import {
  guarantees,
  time,
  type GuaranteeJob,
  type JobChange,
  type OrderEvent,
  type Row,
  type StreamConfig,
} from '../../engine';
import { formatClock } from '../../format/clock';
import { formatCount } from '../../format/count';
import { formatMoney } from '../../format/money';

const resumeFromSavepoint = guarantees.resumeFromSavepoint;
const MINUTE = time.MINUTE;

export type ChangeChoice = 'none' | 'formula' | 'window-size';
export const CHANGE_OPTIONS: readonly { value: ChangeChoice; label: string }[] = [
  { value: 'none', label: 'Nothing: the same job' },
  { value: 'formula', label: 'The revenue formula (the tax bug)' },
  { value: 'window-size', label: 'The window size (to 10 min)' },
];

export interface SavepointModel {
  lines: { label: string; value: string }[];
  notes: string[];
  verdict: string;
}

const sum = (rows: readonly Row[]) => rows.reduce((s, r) => s + r.value, 0);

/** The savepoint story for a stop at `stopAt` and a change. */
export function savepointModel(
  events: readonly OrderEvent[] | GuaranteeJob,
  stream: StreamConfig,
  stopAt: number,
  choice: ChangeChoice,
): SavepointModel {
  const change: JobChange =
    choice === 'none'
      ? { kind: 'none' }
      : choice === 'formula'
        ? { kind: 'formula', formula: 'tax-twice' }
        : { kind: 'window-size', size: 10 * MINUTE };
  const run = resumeFromSavepoint(events, stream, stopAt, change);
  const resumed = sum(run.totals);
  const old = sum(run.uninterrupted);
  const fresh = sum(run.newFromStart);
  const lines = [
    {
      label: 'Savepoint',
      value: `at ${formatClock(stopAt, 'always')}, offset ${formatCount(run.offset)}`,
    },
    {
      label: 'Window states in it',
      value:
        run.discarded === 0
          ? `${formatCount(run.saved.length)}: all restored`
          : `${formatCount(run.saved.length)}: ${formatCount(run.restored)} restored, ${formatCount(run.discarded)} could not be`,
    },
    { label: 'Sink after resuming', value: formatMoney(resumed) },
    { label: 'The old job, never stopped', value: formatMoney(old) },
    { label: 'The new job, run from the start', value: formatMoney(fresh) },
  ];
  if (choice === 'formula')
    lines.push({ label: 'Rows mixing both formulas', value: String(run.mixed.length) });
  if (choice === 'window-size')
    lines.push({
      label: 'Restored windows firing with the old size',
      value: String(run.oldBounds.length),
    });
  const verdict =
    choice === 'none'
      ? resumed === old
        ? '✓ Resumed from the savepoint, the job ends exactly where it would have without stopping.'
        : '✗ The resumed job differs from the uninterrupted run.'
      : resumed === fresh
        ? '✓ The change made no difference to these orders.'
        : `✗ Neither the old job nor the new one: ${formatMoney(Math.abs(resumed - fresh))} ${resumed < fresh ? 'short of' : 'above'} the new job run from the start.`;
  return { lines, notes: run.notes, verdict };
}
