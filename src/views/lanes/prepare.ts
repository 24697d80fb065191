// A big run's lanes, prepared a step at a time. The lanes' models share a few derivations of the
// orders (their event-time order, the order they land in, where each order id sits, the orders of
// each window) that cost tens of milliseconds each over a million orders: computed in the render
// that first draws the run, they made one main-thread task of several hundred. Here each is its
// own task, between which the page paints and answers input, and the lanes draw the run once they
// are all cached (the derivations cache themselves per orders, truth and lane outcome).
import { lab, type LabRun } from '../../engine';
import { later, type Scheduler } from '../../store/scheduler';
import { ordersByEventTime } from '../../geometry/lanes';
import { prepareOrderLayers } from './orders';
import { allOrdersTally, droppedMask } from './model';

/** Runs with at least this many orders are prepared in steps; smaller ones draw at once. */
export const PREPARE_FROM = 50_000;

/** Work in one task goes on until this much real time (ms) has passed, then yields. */
const SLICE_MS = 8;

/** The lanes' shared derivations of `run`, in the order they are needed. */
function steps(run: LabRun): (() => unknown)[] {
  return [
    () => lab.indexRun(run).arrivals,
    () => ordersByEventTime(run.events),
    () => prepareOrderLayers(run.events),
    () => run.stream.ok && droppedMask(run.events, run.stream.value.dropped),
    () => allOrdersTally(run),
  ];
}

/**
 * Computes the lanes' shared derivations of `run` over several tasks of `scheduler`, yielding
 * whenever a slice has taken SLICE_MS. Resolves true once all are cached, false when `live()`
 * turned false first (a newer run replaced this one).
 */
export async function prepareLanes(
  run: LabRun,
  scheduler: Scheduler,
  live: () => boolean,
): Promise<boolean> {
  await later(scheduler, 0);
  let start = scheduler.now();
  for (const step of steps(run)) {
    if (!live()) return false;
    step();
    if (scheduler.now() - start >= SLICE_MS) {
      await later(scheduler, 0);
      start = scheduler.now();
    }
  }
  return live();
}
