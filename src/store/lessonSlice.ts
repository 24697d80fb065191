// The lesson slice: stepping through the moments a lesson is about, the next (or previous) order
// to arrive and the next moment any lane emits a result. The sorted times are built once per run
// and kept in this closure, so two stores never share them.
import type { LabRun } from '../engine';
import type { SliceCreator } from './state';
import { nextInstant, previousInstant } from './steps';

export interface LessonSlice {
  /** Moves to the next (or previous) order arrival. */
  stepOrder(direction: 1 | -1): void;
  /** Moves to the next (or previous) moment any lane emits a result. */
  stepFiring(direction: 1 | -1): void;
}

/** Every moment a lane emits (and the nightly job starts), sorted. */
function firingInstants(run: LabRun): Float64Array {
  const times: number[] = [];
  for (const lane of Object.values(run.lanes))
    for (const e of lane.emissions) times.push(e.emittedAt);
  if (run.batch.ok) for (const r of run.batch.value.runs) times.push(r.startedAt);
  return Float64Array.from(times).sort();
}

const arrivalInstants = (run: LabRun) => Float64Array.from(run.events, (e) => e.arrivalTime);

/** `of(run)`, recomputed only when the run changes. */
function perRun(of: (run: LabRun) => Float64Array) {
  let last: { run: LabRun; times: Float64Array } | null = null;
  return (run: LabRun) => {
    if (last?.run !== run) last = { run, times: of(run) };
    return last.times;
  };
}

export const createLessonSlice = (): SliceCreator<LessonSlice> => (_set, get) => {
  const arrivals = perRun(arrivalInstants);
  const firings = perRun(firingInstants);
  const step = (times: (run: LabRun) => Float64Array, direction: 1 | -1) => {
    get().pause();
    const { run, playhead } = get();
    const sorted = times(run);
    const t = direction > 0 ? nextInstant(sorted, playhead) : previousInstant(sorted, playhead);
    if (t !== null) get().seek(t);
  };
  return {
    stepOrder: (direction) => step(arrivals, direction),
    stepFiring: (direction) => step(firings, direction),
  };
};
