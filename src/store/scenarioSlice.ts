// The scenario slice: the settings, the engine's run for them (on generated or imported orders)
// and its playback axis, with the actions that change them. A refused change leaves everything as
// it was and says why in `notice`. A run over many orders is computed in the run worker: the
// settings change at once, the shown run stays until the new one arrives, and `pending` says so.
import {
  time,
  lab,
  EngineInputError,
  type LabRun,
  type LabSettings,
  type LabSettingsInput,
  type OrderEvent,
} from '../engine';
import { createTimeWarp, type TimeWarp } from '../geometry/timewarp';
import { createRunClient, type RunClient, type WorkerLike } from './runWorker/client';
import { expectedOrders, ordersOf } from './runWorker/size';
import type { Scheduler } from './scheduler';
import type { SliceCreator } from './state';

const mergeSettings = lab.mergeSettings;
const normalizeLabSettings = lab.normalizeLabSettings;
const runLab = lab.runLab;
const MINUTE = time.MINUTE;

export interface ScenarioSlice {
  settings: LabSettings;
  run: LabRun;
  warp: TimeWarp;
  /** A readable message when the last settings change was refused; the old settings stay. */
  notice: string | null;
  /** Orders from an imported file that every lane runs on instead of generated ones; null = generated. */
  imported: { orders: OrderEvent[]; name: string } | null;
  /** The link said `data=imported`, but a link cannot bring the file: the page says so. */
  staleImport: boolean;
  /**
   * A run the worker is computing for `settings` (the shown `run` is older): over how many orders,
   * and whether that count is the scenario's estimate. Null when the run matches the settings.
   */
  pending: { orders: number; estimated: boolean } | null;

  applySettings(patch: LabSettingsInput): void;
  /** Runs the lab on these orders (already validated, sorted by arrival then id). */
  importOrders(orders: OrderEvent[], name: string): void;
  /** Back to the orders the scenario generates. */
  clearImport(): void;
  dismissNotice(): void;
}

/**
 * Quiet stretches longer than 5 minutes shrink to 1 minute on the playback axis, as long as they
 * are at least 1 % of the run: over a week a 6-minute lull is a fifth of a pixel, and cutting it
 * would only draw a break band and a "later" label per lull. A warp is fully
 * set by its domain and breaks, so when those match `previous`, that very object is returned:
 * everything the views cached for it (order positions on screen) stays valid.
 */
export function warpFor(run: LabRun, previous?: TimeWarp): TimeWarp {
  const warp = createTimeWarp(run.timeline.instants, {
    from: run.timeline.from,
    to: run.timeline.to,
    maxGap: Math.max(5 * MINUTE, (run.timeline.to - run.timeline.from) / 100),
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

type Imported = ScenarioSlice['imported'];

/** Runs over `threshold` orders or more go to the worker `worker()` makes (on first use). */
export interface Offload {
  worker: () => WorkerLike;
  threshold: number;
  scheduler: Scheduler;
}

/**
 * The scenario slice, computing the first run for `initial` (throws EngineInputError on bad
 * settings). A large first run is computed on the page as well as in the worker, at once, so the
 * worker holds the page's run by the time someone moves a slider.
 */
export function createScenarioSlice(
  initial: LabSettingsInput,
  {
    staleImport = false,
    offload: given,
  }: { staleImport?: boolean; offload?: Offload | undefined } = {},
): SliceCreator<ScenarioSlice> {
  return (set, get) => {
    let offload = given;
    let client: RunClient<Imported> | null = null;
    /**
     * The run worker's client, made on first use; null once the worker could not be made (a
     * sandboxed embed has an opaque origin, which may not start one) or has failed: from then on
     * every run is computed on the page, as before the worker.
     */
    const clientOf = (): RunClient<Imported> | null => {
      if (client !== null || offload === undefined) return client;
      let worker: WorkerLike;
      try {
        worker = offload.worker();
      } catch {
        offload = undefined;
        return null;
      }
      client = createRunClient<Imported>({
        worker,
        scheduler: offload.scheduler,
        onRun: (next, imported) => show(next, imported),
        onRefused: (message) => {
          wanted = get().imported;
          set({ notice: message, settings: get().run.settings, pending: null });
        },
        onBroken: () => {
          offload = undefined;
          client = null;
          if (get().pending !== null) rerun(get().settings, wanted);
        },
      });
      return client;
    };
    /** The imported file the latest change runs on (the shown run's may be older). */
    let wanted: Imported = null;
    /** New orders were asked for: playback starts over from their first moment when they come. */
    let restartDue = false;

    const show = (next: LabRun, imported: Imported) => {
      const warp = warpFor(next, get().warp);
      const playhead = Math.min(Math.max(get().playhead, warp.from), warp.to);
      set({
        settings: next.settings,
        run: next,
        warp,
        notice: null,
        imported,
        playhead,
        pacedPlayhead: playhead,
        pending: null,
      });
      if (restartDue) {
        restartDue = false;
        get().seek(warp.from);
      }
    };
    /** Computes the run for `settings` on `imported`: in the worker when large, else right here. */
    const rerun = (settings: LabSettings, imported: Imported) => {
      const size = ordersOf(settings, imported?.orders ?? null, get().run);
      const worker = offload !== undefined && size.orders >= offload.threshold ? clientOf() : null;
      if (worker !== null) {
        wanted = imported;
        set({ settings, notice: null, pending: size });
        worker.request(settings, imported?.orders ?? null, imported);
        return;
      }
      const next = runLab(settings, get().run, imported?.orders);
      client?.cancel();
      wanted = imported;
      show(next, imported);
    };
    /** Another set of orders: playback starts over from their first moment. */
    const replaceOrders = (imported: Imported) => {
      get().pause();
      restartDue = true;
      rerun(get().settings, imported);
    };

    const settings = normalizeLabSettings(initial);
    // The worker starts first; it asks for the page's run only once it has its own.
    if (offload !== undefined && expectedOrders(settings.scenario) >= offload.threshold)
      clientOf()?.prime(settings, null, () => run);
    const run = runLab(settings);
    return {
      settings: run.settings,
      run,
      warp: warpFor(run),
      notice: null,
      imported: null,
      staleImport,
      pending: null,

      applySettings(patch) {
        try {
          rerun(normalizeLabSettings(mergeSettings(get().settings, patch)), wanted);
        } catch (err) {
          if (!(err instanceof EngineInputError)) throw err;
          set({ notice: err.message });
        }
      },
      importOrders: (orders, name) => replaceOrders({ orders, name }),
      clearImport() {
        if (wanted !== null) replaceOrders(null);
      },
      dismissNotice: () => set({ notice: null }),
    };
  };
}
