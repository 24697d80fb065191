// The lesson slice: stepping through the moments a lesson is about, the next (or previous) order
// to arrive and the next moment any lane emits a result. The sorted times come from the run's
// index (lab.indexRun), built once per run and shared with every panel: a run never changes, so
// two stores on one run can share it.
import { lab, type RunIndex } from '../engine';
import type { SliceCreator } from './state';

const indexRun = lab.indexRun;

export interface LessonSlice {
  /** Moves to the next (or previous) order arrival. */
  stepOrder(direction: 1 | -1): void;
  /** Moves to the next (or previous) moment any lane emits a result. */
  stepFiring(direction: 1 | -1): void;
}

type Step = (ix: RunIndex, t: number) => number | null;
const nextArrival: Step = (ix, t) => ix.nextArrival(t);
const previousArrival: Step = (ix, t) => ix.previousArrival(t);
const nextFiring: Step = (ix, t) => ix.nextFiring(t);
const previousFiring: Step = (ix, t) => ix.previousFiring(t);

export const createLessonSlice = (): SliceCreator<LessonSlice> => (_set, get) => {
  const step = (to: Step) => {
    get().pause();
    const { run, playhead } = get();
    const t = to(indexRun(run), playhead);
    if (t !== null) get().seek(t);
  };
  return {
    stepOrder: (direction) => step(direction > 0 ? nextArrival : previousArrival),
    stepFiring: (direction) => step(direction > 0 ? nextFiring : previousFiring),
  };
};
