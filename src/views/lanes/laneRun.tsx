// The run the lanes draw. A settings change repaints the results and the chart in the frame of
// the change; the lanes (the most drawing: four canvases of orders) follow a frame later, as a
// deferred value, so a slider stays responsive on a 100,000-order scenario. The lanes read the
// orders and the time warp from this one snapshot, so they never mix two runs. A big run (a
// million imported orders) is first prepared over several tasks (./prepare), the lanes drawing the
// previous run meanwhile, so no one task of the page holds all of the lanes' work.
import { createContext, useContext, useDeferredValue, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { LabRun } from '../../engine';
import type { TimeWarp } from '../../geometry/timewarp';
import { useLab } from '../../store/context';
import { selectRunAndWarp } from '../../store/selectors';
import { preparer } from '../prepared';
import { laneSteps } from './prepare';

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

const usePrepared = preparer<LaneRun>(
  (value) => laneSteps(value.run),
  (value) => value.run,
);

export function LaneRunProvider({ value, children }: { value: LaneRun; children: ReactNode }) {
  return <LaneRunContext.Provider value={value}>{children}</LaneRunContext.Provider>;
}

/** The run the lanes are drawing now (one frame behind the store right after a change). */
export function useLaneRun(): LaneRun {
  const value = useContext(LaneRunContext);
  if (!value) throw new Error('useLaneRun must be used inside <LaneRunProvider>');
  return value;
}
