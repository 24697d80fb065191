// The orders each lane has lost by a playhead, for every panel that says so: the lane headers and
// footers, the late side output, the results' summary, the explanations and the lanes as tables
// all count with this one function (the engine's lostBy), so they agree at every instant.
import { metrics, type LabRun, type LossTimes, type LostSoFar } from '../engine';
import { memoOn } from './memo';

const memo = memoOn<LabRun, LossTimes>();

/** When each lane loses each of its lost orders (built once per run). */
export function lossTimesOf(run: LabRun): LossTimes {
  return memo(run, () =>
    metrics.lossTimes({
      ...(run.stream.ok ? { stream: run.stream.value } : {}),
      ...(run.microBatch.ok ? { microBatch: run.microBatch.value } : {}),
      ...(run.batch.ok ? { batch: run.batch.value } : {}),
    }),
  );
}

/** What each lane has lost by processing time `at`. */
export function lostAt(run: LabRun, at: number): LostSoFar {
  return metrics.lostBy(lossTimesOf(run), at);
}
