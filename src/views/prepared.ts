// Showing a big run only once its views' derivations are ready. A view whose models cost tens of
// milliseconds each over a million orders computes them here first, one step per task of the
// store's scheduler (the page paints and answers input between them), and keeps showing the value
// it showed before until they are all cached; then it renders the new one as a transition, which
// React can slice. Small runs, and the first render, show the value at once, as before.
import { startTransition, useEffect, useState } from 'react';
import { useLabApi } from '../store/context';
import { later, type Scheduler } from '../store/scheduler';

/** Runs with at least this many orders are prepared in steps; smaller ones show at once. */
export const PREPARE_FROM = 50_000;

/** Work in one task goes on until this much real time (ms) has passed, then yields. */
const SLICE_MS = 8;

/**
 * Runs `steps` in order over tasks of `scheduler`, starting in a later task and yielding whenever
 * a slice has taken SLICE_MS. Resolves true once all have run, false when `live()` turned false
 * first (a newer value replaced this one).
 */
export async function runSteps(
  steps: readonly (() => unknown)[],
  scheduler: Scheduler,
  live: () => boolean,
): Promise<boolean> {
  await later(scheduler, 0);
  let start = scheduler.now();
  for (const step of steps) {
    if (!live()) return false;
    step();
    if (scheduler.now() - start >= SLICE_MS) {
      await later(scheduler, 0);
      start = scheduler.now();
    }
  }
  return live();
}

/**
 * A hook that returns its argument once `stepsOf(value)` (the work to cache before showing it,
 * or null for none) has run, and until then the value it returned before. `keyOf` names what a
 * preparation is for (a run), so a value prepared once is never prepared again.
 */
export function preparer<T>(
  stepsOf: (value: T) => readonly (() => unknown)[] | null,
  keyOf: (value: T) => object,
): (next: T) => T {
  const prepared = new WeakSet<object>();
  return function usePrepared(next: T): T {
    const store = useLabApi();
    const steps = prepared.has(keyOf(next)) ? null : stepsOf(next);
    const waiting = steps !== null && steps.length > 0;
    const [shown, setShown] = useState(next);
    // Re-renders once a value is prepared (the WeakSet is not React state).
    const [, setReady] = useState<object | null>(null);
    if (!waiting && shown !== next) setShown(next);
    useEffect(() => {
      if (!waiting) return;
      let live = true;
      void runSteps(steps, store.scheduler, () => live).then((done) => {
        if (!done) return;
        const key = keyOf(next);
        prepared.add(key);
        startTransition(() => setReady(key));
      });
      return () => {
        live = false;
      };
      // `steps` follows from `next`: a new array each render must not restart the work.
      // eslint-disable-next-line react-hooks/exhaustive-deps
    }, [next, waiting, store]);
    return waiting ? shown : next;
  };
}
