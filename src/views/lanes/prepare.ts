// A big run's lanes, prepared a step at a time (../prepared). The lanes' models and what they
// share (the orders' event-time order, the order they land in, where each order id sits, the
// orders of each window) cost tens of milliseconds each over a million orders: computed in the
// render that first draws the run, they made one main-thread task of several hundred. Each caches
// itself per run, orders, truth or lane outcome, so the render then finds them.
import { lab, type LabRun } from '../../engine';
import type { Scheduler } from '../../store/scheduler';
import { eventTimeOrder, orderTimes, ordersByEventTime } from '../../geometry/lanes';
import { PREPARE_FROM, runSteps } from '../prepared';
import { prepareOrderLayers } from './orders';
import { orderAmounts } from '../orderAmounts';
import { allOrdersTally, droppedMask, reportedSeries, sharedModel, tallyKept } from './model';
import { paneBadges, streamModel } from './streamModel';
import { microBatchModel } from './microBatchModel';
import { batchModel } from './batchModel';

/** The lanes' shared derivations of `run`, in the order they are needed; null for a small run. */
export function laneSteps(run: LabRun): (() => unknown)[] | null {
  if (run.events.length < PREPARE_FROM) return null;
  return [
    () => lab.indexRun(run).arrivals,
    () => orderTimes(run.events),
    () => orderAmounts(run.events),
    () => eventTimeOrder(run.events),
    () => ordersByEventTime(run.events),
    ...prepareOrderLayers(run.events),
    () => run.stream.ok && droppedMask(run.events, run.stream.value.dropped),
    () => allOrdersTally(run),
    () => sharedModel(run),
    () =>
      run.stream.ok &&
      run.settings.window.kind === 'tumbling' &&
      tallyKept(run, run.stream.value.dropped),
    () => reportedSeries(run.lanes.stream.emissions),
    () => paneBadges(run),
    () => streamModel(run),
    () => microBatchModel(run),
    () => batchModel(run),
  ];
}

/**
 * Computes the lanes' shared derivations of `run` over several tasks of `scheduler`. Resolves true
 * once all are cached, false when `live()` turned false first.
 */
export function prepareLanes(
  run: LabRun,
  scheduler: Scheduler,
  live: () => boolean,
): Promise<boolean> {
  return runSteps(laneSteps(run) ?? [], scheduler, live);
}
