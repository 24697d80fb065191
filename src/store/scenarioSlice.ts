// The scenario slice: the settings, the engine's run for them (on generated or imported orders)
// and its playback axis, with the actions that change them. A refused change leaves everything as
// it was and says why in `notice`.
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
import type { SliceCreator } from './state';

const mergeSettings = lab.mergeSettings;
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

/** The scenario slice for a first run (computed once by createLabStore, which also starts the playhead). */
export function createScenarioSlice(
  run: LabRun,
  { staleImport = false }: { staleImport?: boolean } = {},
): SliceCreator<ScenarioSlice> {
  return (set, get) => {
    const rerun = (imported: ScenarioSlice['imported'], patch: LabSettingsInput = {}) => {
      const next = runLab(mergeSettings(get().settings, patch), get().run, imported?.orders);
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
      });
    };
    /** Another set of orders: playback starts over from their first moment. */
    const replaceOrders = (imported: ScenarioSlice['imported']) => {
      get().pause();
      rerun(imported);
      get().seek(get().warp.from);
    };

    return {
      settings: run.settings,
      run,
      warp: warpFor(run),
      notice: null,
      imported: null,
      staleImport,

      applySettings(patch) {
        try {
          rerun(get().imported, patch);
        } catch (err) {
          if (!(err instanceof EngineInputError)) throw err;
          set({ notice: err.message });
        }
      },
      importOrders: (orders, name) => replaceOrders({ orders, name }),
      clearImport() {
        if (get().imported !== null) replaceOrders(null);
      },
      dismissNotice: () => set({ notice: null }),
    };
  };
}
