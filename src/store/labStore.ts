// The lab's one zustand store: settings and the engine's run for them, the playhead, and the
// actions beside their state. Only the runner moves the playhead per frame; React components
// subscribe through selectors that return primitives, so a frame re-renders nothing unless a
// value a component shows has changed (canvas layers use `useLab.subscribe` instead).
import { create } from 'zustand';
import {
  defaultLabSettings,
  EngineInputError,
  runLab,
  type LabRun,
  type LabSettings,
  type LabSettingsInput,
  type OrderEvent,
} from '../engine';
import { createTimeWarp, type TimeWarp } from '../geometry/timewarp';
import { createRunner, prefersReducedMotion, type Runner } from './runner';
import { browserScheduler } from './scheduler';
import { DEFAULT_SPEED } from './playback';
import { nextInstant, previousInstant } from './steps';

const MINUTE = 60_000;

export interface LabState {
  settings: LabSettings;
  run: LabRun;
  warp: TimeWarp;
  /** A readable message when the last settings change was refused; the old settings stay. */
  notice: string | null;
  /** Simulated processing time on screen. */
  playhead: number;
  playing: boolean;
  /** Simulated minutes per real second, on the warped axis. */
  speed: number;

  /** Orders from an imported file that every lane runs on instead of generated ones; null = generated. */
  imported: { orders: OrderEvent[]; name: string } | null;

  applySettings(patch: LabSettingsInput): void;
  /** Runs the lab on these orders (already validated, sorted by arrival then id). */
  importOrders(orders: OrderEvent[], name: string): void;
  /** Back to the orders the scenario generates. */
  clearImport(): void;
  dismissNotice(): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  seek(t: number): void;
  /** Moves to the next (or previous) order arrival. */
  stepOrder(direction: 1 | -1): void;
  /** Moves to the next (or previous) moment any lane emits a result. */
  stepFiring(direction: 1 | -1): void;
  setSpeed(speed: number): void;
  /** Back to the start of the timeline, paused. */
  rewind(): void;
}

/**
 * Quiet stretches longer than 5 minutes shrink to 1 minute on the playback axis. A warp is fully
 * set by its domain and breaks, so when those match `previous`, that very object is returned:
 * everything the views cached for it (order positions on screen) stays valid.
 */
export function warpFor(run: LabRun, previous?: TimeWarp): TimeWarp {
  const warp = createTimeWarp(run.timeline.instants, {
    from: run.timeline.from,
    to: run.timeline.to,
    maxGap: 5 * MINUTE,
    gapSize: 1 * MINUTE,
  });
  const same =
    previous !== undefined &&
    previous.from === warp.from &&
    previous.to === warp.to &&
    previous.breaks.length === warp.breaks.length &&
    previous.breaks.every(
      (b, i) => b.start === warp.breaks[i]!.start && b.end === warp.breaks[i]!.end,
    );
  return same ? previous : warp;
}

/** Deep-merges a patch into settings, one level per section, as the controls send them. */
export function mergeSettings(base: LabSettings, patch: LabSettingsInput): LabSettingsInput {
  return {
    scenario: {
      ...base.scenario,
      ...patch.scenario,
      lateDelay: { ...base.scenario.lateDelay, ...patch.scenario?.lateDelay },
    },
    window: patch.window ?? base.window,
    stream: { ...base.stream, ...patch.stream },
    microBatch: { ...base.microBatch, ...patch.microBatch },
    batch: { ...base.batch, ...patch.batch },
  };
}

function firingInstants(run: LabRun): Float64Array {
  const times: number[] = [];
  for (const lane of Object.values(run.lanes))
    for (const e of lane.emissions) times.push(e.emittedAt);
  if (run.batch.ok) for (const r of run.batch.value.runs) times.push(r.startedAt);
  return Float64Array.from(times).sort();
}

let runner: Runner | null = null;
let firings: { run: LabRun; times: Float64Array } | null = null;
let arrivals: { run: LabRun; times: Float64Array } | null = null;

function arrivalTimes(run: LabRun): Float64Array {
  if (arrivals?.run !== run)
    arrivals = { run, times: Float64Array.from(run.events, (e) => e.arrivalTime) };
  return arrivals.times;
}
function firingTimes(run: LabRun): Float64Array {
  if (firings?.run !== run) firings = { run, times: firingInstants(run) };
  return firings.times;
}

/** Creates the store for initial settings (the app passes the URL's, tests their own). */
export function createLabStore(initial: LabSettingsInput = defaultLabSettings) {
  const run = runLab(initial);
  return create<LabState>()((set, get) => {
    const tick = (elapsedMs: number) => {
      const { warp, playhead, speed } = get();
      const next = warp.fromWarp(warp.toWarp(playhead) + (elapsedMs / 1000) * speed * MINUTE);
      if (next >= warp.to) {
        set({ playhead: warp.to, playing: false });
        runner?.stop();
      } else {
        set({ playhead: next });
      }
    };
    const ensureRunner = () => {
      runner ??= createRunner({
        scheduler: browserScheduler,
        onTick: tick,
        minInterval: () => (prefersReducedMotion() ? 1000 : 0),
      });
      return runner;
    };
    const stop = () => {
      runner?.stop();
      set({ playing: false });
    };

    const rerun = (imported: LabState['imported'], patch: LabSettingsInput = {}) => {
      const next = runLab(mergeSettings(get().settings, patch), get().run, imported?.orders);
      const warp = warpFor(next, get().warp);
      set({
        settings: next.settings,
        run: next,
        warp,
        notice: null,
        imported,
        playhead: Math.min(Math.max(get().playhead, warp.from), warp.to),
      });
    };

    return {
      settings: run.settings,
      run,
      warp: warpFor(run),
      notice: null,
      imported: null,
      playhead: run.timeline.from,
      playing: false,
      speed: DEFAULT_SPEED,

      applySettings(patch) {
        try {
          rerun(get().imported, patch);
        } catch (err) {
          if (!(err instanceof EngineInputError)) throw err;
          set({ notice: err.message });
        }
      },
      importOrders(orders, name) {
        stop();
        rerun({ orders, name });
        set({ playhead: get().warp.from });
      },
      clearImport() {
        if (get().imported === null) return;
        stop();
        rerun(null);
        set({ playhead: get().warp.from });
      },
      dismissNotice: () => set({ notice: null }),
      play() {
        const { playhead, warp } = get();
        if (playhead >= warp.to) set({ playhead: warp.from });
        set({ playing: true });
        ensureRunner().start();
      },
      pause: stop,
      togglePlay() {
        if (get().playing) stop();
        else get().play();
      },
      seek(t) {
        const { warp } = get();
        set({ playhead: Math.min(Math.max(t, warp.from), warp.to) });
      },
      stepOrder(direction) {
        stop();
        const { run, playhead } = get();
        const times = arrivalTimes(run);
        const t = direction > 0 ? nextInstant(times, playhead) : previousInstant(times, playhead);
        if (t !== null) get().seek(t);
      },
      stepFiring(direction) {
        stop();
        const { run, playhead } = get();
        const times = firingTimes(run);
        const t = direction > 0 ? nextInstant(times, playhead) : previousInstant(times, playhead);
        if (t !== null) get().seek(t);
      },
      setSpeed: (speed) => set({ speed }),
      rewind() {
        stop();
        set({ playhead: get().warp.from });
      },
    };
  });
}

export type LabStore = ReturnType<typeof createLabStore>;
