// Selectors at module scope (xyflow's habit): one function object per value, so a component's
// `useLab(selectPlaying)` keeps the same selector across renders and re-renders only when that
// value changes. A selector that needs an argument (a lane id, a lane's model) comes from a
// factory memoised per argument (`selectorFactory`), so it too is one function per argument.
// Per-frame values (the playhead) are for `store.subscribe`, not components: a selector may read
// the playhead only to return something that changes a few times per run (a count, a caption).
import type { LaneId } from '../engine';
import type { LabState } from './state';

/** A selector over the lab state, for `useLab`. */
export type LabSelector<T> = (s: LabState) => T;

interface FactoryNode {
  objects?: WeakMap<object, FactoryNode>;
  values?: Map<unknown, FactoryNode>;
  selector?: unknown;
}

/**
 * Primitive arguments remembered per factory level before it starts afresh: lane ids are a
 * handful, but a number from a slider (a crash time) would otherwise fill the cache as it moves.
 */
const MAX_VALUES = 64;

function childOf(node: FactoryNode, arg: unknown): FactoryNode {
  if ((typeof arg === 'object' && arg !== null) || typeof arg === 'function') {
    const objects = (node.objects ??= new WeakMap());
    let next = objects.get(arg);
    if (next === undefined) objects.set(arg, (next = {}));
    return next;
  }
  const values = (node.values ??= new Map());
  let next = values.get(arg);
  if (next === undefined) {
    if (values.size >= MAX_VALUES) values.clear();
    values.set(arg, (next = {}));
  }
  return next;
}

/**
 * Turns `make(...args)`, which builds a selector, into a factory that returns the same selector
 * for the same arguments: objects by identity (held weakly, so a dropped run's models go), and
 * primitives by value. `useLab(selectLaneError(lane))` then keeps one selector per lane, as a
 * module-scope selector does, instead of a new one every render.
 */
export function selectorFactory<A extends readonly unknown[], T>(
  make: (...args: A) => LabSelector<T>,
): (...args: A) => LabSelector<T> {
  const root: FactoryNode = {};
  return (...args) => {
    let node = root;
    for (const arg of args) node = childOf(node, arg);
    return (node.selector ??= make(...args)) as LabSelector<T>;
  };
}

/** The playback actions, which never change: `useLab(useShallow(selectPlaybackActions))`. */
export const selectPlaybackActions = (s: LabState) => ({
  play: s.play,
  pause: s.pause,
  togglePlay: s.togglePlay,
  seek: s.seek,
  setSpeed: s.setSpeed,
  rewind: s.rewind,
  stepOrder: s.stepOrder,
  stepFiring: s.stepFiring,
});

/** The run and its time warp together: `useLab(useShallow(selectRunAndWarp))`. */
export const selectRunAndWarp = (s: LabState) => ({ run: s.run, warp: s.warp });

export const selectApplySettings = (s: LabState) => s.applySettings;
export const selectDismissNotice = (s: LabState) => s.dismissNotice;

export const selectRun = (s: LabState) => s.run;
export const selectSettings = (s: LabState) => s.settings;
export const selectLanes = (s: LabState) => s.run.lanes;
export const selectEvents = (s: LabState) => s.run.events;
export const selectOrderCount = (s: LabState) => s.run.events.length;
/** How many windows the true answer has. */
export const selectTruthWindowCount = (s: LabState) => s.run.truth.length;
export const selectTimelineEnd = (s: LabState) => s.run.timeline.to;
/** The seed the shown run was made with (the settings' may be newer, while a run is pending). */
export const selectRunSeed = (s: LabState) => s.run.settings.scenario.seed;
/** The product count the shown run was made with. */
export const selectRunProducts = (s: LabState) => s.run.settings.scenario.products;
export const selectWarp = (s: LabState) => s.warp;
export const selectNotice = (s: LabState) => s.notice;
/** How many orders the worker is computing a run over; null when the shown run is current. */
export const selectPendingOrders = (s: LabState) => s.pending?.orders ?? null;
/** Whether that count is the scenario's estimate (the orders themselves are not made yet). */
export const selectPendingEstimated = (s: LabState) => s.pending?.estimated ?? false;
export const selectImported = (s: LabState) => s.imported;
export const selectStaleImport = (s: LabState) => s.staleImport;
export const selectPlaying = (s: LabState) => s.playing;
export const selectSpeed = (s: LabState) => s.speed;
/** The playhead at most every PLAY_PACE_MS while playing; exact while paused. */
export const selectPacedPlayhead = (s: LabState) => s.pacedPlayhead;
export const selectCrashAt = (s: LabState) => s.crashAt;
export const selectBugFoundAt = (s: LabState) => s.bugFoundAt;

/** Paused at the start of the timeline: nothing has been played yet. */
export const selectAtStart = (s: LabState) => !s.playing && s.playhead <= s.warp.from;

/** Whether the playhead has reached `t`; never for a null `t` (no crash, say). */
export const selectPlayheadReached = selectorFactory(
  (t: number | null) => (s: LabState) => t !== null && s.playhead >= t,
);

/** A lane's error when the engine could not run it with these settings, else null. */
export const selectLaneError = selectorFactory(
  (lane: LaneId) => (s: LabState) => s.run.lanes[lane].error ?? null,
);

// The orders (the scenario section of the settings).
export const selectRate = (s: LabState) => s.settings.scenario.rate;
export const selectJitter = (s: LabState) => s.settings.scenario.jitter;
export const selectProducts = (s: LabState) => s.settings.scenario.products;
export const selectRegions = (s: LabState) => s.settings.scenario.regions;
export const selectSeed = (s: LabState) => s.settings.scenario.seed;
export const selectLateShare = (s: LabState) => s.settings.scenario.lateShare;
export const selectLateDelayKind = (s: LabState) => s.settings.scenario.lateDelay.kind;
export const selectLateDelayMean = (s: LabState) => s.settings.scenario.lateDelay.mean;
export const selectLateDelayMax = (s: LabState) => s.settings.scenario.lateDelay.max;
/** The lognormal delay's spread; 1 when the settings leave it out. */
export const selectLateDelaySigma = (s: LabState) => s.settings.scenario.lateDelay.sigma ?? 1;
/** The outages array is replaced on every settings change, so its reference is a stable slice. */
export const selectOutages = (s: LabState) => s.settings.scenario.outages;
export const selectOutageCount = (s: LabState) => s.settings.scenario.outages.length;
export const selectCurve = (s: LabState) => s.settings.scenario.curve;
export const selectCustomers = (s: LabState) => s.settings.scenario.customers;
export const selectCustomerSkew = (s: LabState) => s.settings.scenario.customerSkew;
export const selectProductSkew = (s: LabState) => s.settings.scenario.productSkew;
export const selectPriceNoise = (s: LabState) => s.settings.scenario.priceNoise;
export const selectScenarioStart = (s: LabState) => s.settings.scenario.start;
export const selectScenarioDuration = (s: LabState) => s.settings.scenario.duration;

// The windows: each kind's lengths, 0 when the current kind has no such length.
export const selectWindowKind = (s: LabState) => s.settings.window.kind;
export const selectWindowSize = (s: LabState) => {
  const w = s.settings.window;
  return w.kind === 'tumbling' || w.kind === 'sliding' ? w.size : 0;
};
export const selectWindowSlide = (s: LabState) =>
  s.settings.window.kind === 'sliding' ? s.settings.window.slide : 0;
export const selectSessionGap = (s: LabState) =>
  s.settings.window.kind === 'session' ? s.settings.window.gap : 0;

// The batch job.
export const selectBatchSchedule = (s: LabState) => s.settings.batch.schedule;
export const selectBatchDuration = (s: LabState) => s.settings.batch.duration;
export const selectBatchRunDelay = (s: LabState) => s.settings.batch.runDelay;

// The micro-batch query.
export const selectTriggerInterval = (s: LabState) => s.settings.microBatch.triggerInterval;
export const selectMicroWatermarkDelay = (s: LabState) => s.settings.microBatch.watermarkDelay;
export const selectOutputMode = (s: LabState) => s.settings.microBatch.outputMode;
export const selectLateRowFilter = (s: LabState) => s.settings.microBatch.lateRowFilter;

// The stream job.
export const selectStreamFlavour = (s: LabState) => s.settings.stream.flavour;
export const selectWatermarkBound = (s: LabState) => s.settings.stream.watermarkBound;
export const selectAllowedLateness = (s: LabState) => s.settings.stream.allowedLateness;
export const selectGrace = (s: LabState) => s.settings.stream.grace;
export const selectIdleTimeout = (s: LabState) => s.settings.stream.idleTimeout;
export const selectEarlyEvery = (s: LabState) => s.settings.stream.earlyEvery;
export const selectAccumulation = (s: LabState) => s.settings.stream.accumulation;
export const selectFlushAtEnd = (s: LabState) => s.settings.stream.flushAtEnd;
export const selectSuppress = (s: LabState) => s.settings.stream.suppress;
