// What the page tells the lanes about the stage they are on: which lane is enlarged (and how to
// change that) and the text size in px (larger in presenter mode). The page (src/app) owns these
// and passes them down; an embed passes nothing, so its lanes have no enlarge button and the
// default text size.
import { createContext, useContext } from 'react';
import type { LaneId } from '../../engine';

/** Text size of the lanes' labels and ticks when the page says nothing else. */
export const LANE_FONT = 13;

export interface LaneStage {
  focus: LaneId | null;
  /** Absent: the lanes cannot be enlarged here (an embed). */
  setFocus?: (lane: LaneId | null) => void;
  /** Text size in px for every label drawn in the lanes. */
  font: number;
  /** Lanes a classroom answer points at: outlined. */
  spotlit: readonly LaneId[];
  /** The stream job's crash (the Failures tab's), marked on the stream lane; null = none. */
  crashAt: number | null;
}

const DEFAULT_STAGE: LaneStage = { focus: null, font: LANE_FONT, spotlit: [], crashAt: null };

const LaneStageContext = createContext<LaneStage>(DEFAULT_STAGE);

export const LaneStageProvider = LaneStageContext.Provider;

export function useLaneStage(): LaneStage {
  return useContext(LaneStageContext);
}
