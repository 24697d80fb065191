// The processing-time strip under the job graph, from the job: its checkpoints, the crash and the
// checkpoint it restores, and when each keyed state lived. The drawing is geometry/checkpointStrip;
// this adds the crash's label.
import { guarantees, type GuaranteeJob } from '../../engine';
import { formatClock } from '../../format/clock';
import { checkpointStrip, type StripGeometry } from '../../geometry/checkpointStrip';
import { logSpan } from './span';

const checkpointsBetween = guarantees.checkpointsBetween;
const lastCheckpointBefore = guarantees.lastCheckpointBefore;

export interface StripModel extends Omit<StripGeometry, 'crash'> {
  crash: { x: number; label: string } | null;
}

/** At most this many checkpoints are read from the engine for one strip. */
const MAX_CHECKPOINTS = 2000;

/** The processing-time strip under the graph: barriers, the crash, the replayed interval, state. */
export function stripModel(
  job: GuaranteeJob,
  interval: number,
  crashAt: number | null,
  width: number,
): StripModel {
  const { from, to } = logSpan(job);
  let crash: { at: number; replayFrom: number } | null = null;
  if (crashAt !== null) {
    const cp = lastCheckpointBefore(job, interval, crashAt);
    crash = { at: crashAt, replayFrom: cp.id === 0 ? from : cp.at };
  }
  const strip = checkpointStrip({
    from,
    to,
    width,
    checkpoints: checkpointsBetween(job, interval, from, to + 1, MAX_CHECKPOINTS),
    crash,
    bornAt: job.states.map((st) => st.bornAt).sort((a, b) => a - b),
    clearedAt: job.states.map((st) => st.clearedAt).sort((a, b) => a - b),
  });
  return {
    ...strip,
    crash:
      strip.crash && crashAt !== null
        ? { x: strip.crash.x, label: `crash ${formatClock(crashAt, 'always')}` }
        : null,
  };
}
