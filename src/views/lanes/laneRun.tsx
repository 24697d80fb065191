// The run the lanes draw. A settings change repaints the results and the chart in the frame of
// the change; the lanes (the most drawing: four canvases of orders) follow a frame later, as a
// deferred value, so a slider stays responsive on a 100,000-order scenario. The lanes read the
// orders and the time warp from this one snapshot, so they never mix two runs.
import { createContext, useContext, useDeferredValue, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { LabRun } from '../../engine';
import type { TimeWarp } from '../../geometry/timewarp';
import { useLab } from '../../store/context';
import { selectRunAndWarp } from '../../store/selectors';

export interface LaneRun {
  run: LabRun;
  warp: TimeWarp;
}

const LaneRunContext = createContext<LaneRun | null>(null);

/** The store's run and warp, deferred together, for the lanes below. */
export function useDeferredLaneRun(): LaneRun {
  return useDeferredValue(useLab(useShallow(selectRunAndWarp)));
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
