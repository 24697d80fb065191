// The run the lanes draw. A settings change repaints the results and the chart in the frame of
// the change; the lanes (the most drawing: four canvases of orders) follow a frame later, as a
// deferred value, so a slider stays responsive on a 100,000-order scenario. The lanes read the
// orders and the time warp from this one snapshot, so they never mix two runs. A big run (a
// million imported orders) is first prepared over several tasks (./prepare), the lanes drawing the
// previous run meanwhile, so no one task of the page holds all of the lanes' work.
import {
  createContext,
  startTransition,
  useContext,
  useDeferredValue,
  useEffect,
  useState,
  type ReactNode,
} from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { LabRun } from '../../engine';
import type { TimeWarp } from '../../geometry/timewarp';
import { useLab, useLabApi } from '../../store/context';
import { selectRunAndWarp } from '../../store/selectors';
import { PREPARE_FROM, prepareLanes } from './prepare';

export interface LaneRun {
  run: LabRun;
  warp: TimeWarp;
}

const LaneRunContext = createContext<LaneRun | null>(null);

/**
 * The store's run and warp, deferred together, for the lanes below; a big run only once it is
 * prepared (until then the one shown before, or, on the first render, the run itself).
 */
export function useDeferredLaneRun(): LaneRun {
  return usePrepared(useDeferredValue(useLab(useShallow(selectRunAndWarp))));
}

// Runs whose lanes' derivations are all cached.
const prepared = new WeakSet<LabRun>();

function usePrepared(next: LaneRun): LaneRun {
  const store = useLabApi();
  const waiting = next.run.events.length >= PREPARE_FROM && !prepared.has(next.run);
  const [shown, setShown] = useState(next);
  // Re-renders once a run is prepared (the WeakSet is not React state).
  const [, setReady] = useState<LabRun | null>(null);
  if (!waiting && shown !== next) setShown(next);
  useEffect(() => {
    if (!waiting) return;
    let live = true;
    void prepareLanes(next.run, store.scheduler, () => live).then((done) => {
      if (!done) return;
      prepared.add(next.run);
      // As a transition, like the deferred run itself: React renders the lanes in slices it can
      // interrupt, instead of all four in one task.
      startTransition(() => setReady(next.run));
    });
    return () => {
      live = false;
    };
  }, [next, waiting, store]);
  return waiting ? shown : next;
}

export function LaneRunProvider({ value, children }: { value: LaneRun; children: ReactNode }) {
  return <LaneRunContext.Provider value={value}>{children}</LaneRunContext.Provider>;
}

/** The run the lanes are drawing now (one frame behind the store right after a change). */
export function useLaneRun(): LaneRun {
  const value = useContext(LaneRunContext);
  if (!value) throw new Error('useLaneRun must be used inside <LaneRunProvider>');
  return value;
}
