// The lab's zustand store, made of four slices (scenario, playback, lesson, failure) with their
// actions beside their state. Each store owns its scheduler and, in the playback slice's closure,
// its runner: two stores never share a clock, and a test cranks one by hand. Only the runner moves
// the playhead per frame; components select primitives (selectors.ts), and canvas layers
// subscribe through `store.subscribe` instead of re-rendering.
import { create } from 'zustand';
import { lab, type LabSettingsInput } from '../engine';
import { createFailureSlice } from './failureSlice';
import { createLessonSlice } from './lessonSlice';
import { createPlaybackSlice } from './playbackSlice';
import { prefersReducedMotion } from './runner';
import { createScenarioSlice } from './scenarioSlice';
import type { WorkerLike } from './runWorker/client';
import { WORKER_THRESHOLD } from './runWorker/size';
import { browserScheduler, type Scheduler } from './scheduler';
import type { LabState } from './state';

const defaultLabSettings = lab.defaultLabSettings;

export type { LabState } from './state';
export { warpFor } from './scenarioSlice';

export interface LabStoreOptions {
  /** Frames, delays and the clock for this store: the browser's by default, a manual one in tests. */
  scheduler?: Scheduler;
  /** Whether to tick at most once a second; read at every frame (the system setting by default). */
  reducedMotion?: () => boolean;
  /** The link's crash time, if any. */
  crashAt?: number | null;
  /** The link said its orders were imported (a link cannot carry them). */
  staleImport?: boolean;
  /**
   * Makes the run worker (the app's real Worker, a test's in-process fake); without it every run
   * is computed on the page. Made on the first large run.
   */
  runWorker?: () => WorkerLike;
  /** Orders from which a run goes to the worker (WORKER_THRESHOLD by default). */
  workerThreshold?: number;
}

/**
 * Creates a lab store for initial settings (the app passes the link's, tests their own). The
 * store's `scheduler` is the one every timer of the page it drives goes through.
 */
export function createLabStore(
  initial: LabSettingsInput = defaultLabSettings,
  {
    scheduler = browserScheduler,
    reducedMotion = prefersReducedMotion,
    crashAt = null,
    staleImport = false,
    runWorker,
    workerThreshold = WORKER_THRESHOLD,
  }: LabStoreOptions = {},
) {
  const offload =
    runWorker === undefined
      ? undefined
      : { worker: runWorker, threshold: workerThreshold, scheduler };
  const store = create<LabState>()((...a) => {
    const scenario = createScenarioSlice(initial, { staleImport, offload })(...a);
    const start = scenario.run.timeline.from;
    return {
      ...scenario,
      ...createPlaybackSlice({ start, scheduler, reducedMotion })(...a),
      ...createLessonSlice()(...a),
      ...createFailureSlice({ crashAt })(...a),
    };
  });
  return Object.assign(store, { scheduler });
}

export type LabStore = ReturnType<typeof createLabStore>;
