// The play area: four small multiples of the same plane (event time across, processing time
// down, one playhead), one per way of totalling revenue, so one glance compares them at the same
// moment. Models are derived once per run; the lanes redraw per frame on their own canvases.
import { useMemo } from 'react';
import type { LaneId } from '../../engine';
import { usePalette } from '../theme/usePalette';
import { BatchLane } from './BatchLane';
import { batchModel } from './batchModel';
import { LanesLegend } from './LanesLegend';
import { MicroBatchLane } from './MicroBatchLane';
import { microBatchModel } from './microBatchModel';
import { allOrdersTally, sharedModel } from './model';
import { RequestLane } from './RequestLane';
import { StreamLane } from './StreamLane';
import { streamModel } from './streamModel';
import { memoOn } from '../memo';
import { LaneRunProvider, useDeferredLaneRun } from './laneRun';
import { LANE_FONT, LaneStageProvider, type LaneStage } from './laneStage';
import { useLab } from '../../store/context';
import { selectPendingOrders, selectRun } from '../../store/selectors';
import { PendingNote } from './PendingNote';
import './lanes.css';

// Keyed on what each model reads: the orders (same array while the scenario is unchanged), the
// truth, and each lane's outcome (the same object while that lane's settings are unchanged).
const NO_LANES: readonly LaneId[] = [];
const sharedOf = memoOn<object, ReturnType<typeof sharedModel>>();
const streamOf = memoOn<object, ReturnType<typeof streamModel>>();
const microOf = memoOn<object, ReturnType<typeof microBatchModel>>();
const batchOf = memoOn<object, ReturnType<typeof batchModel>>();

/**
 * All four lanes, or (for an embed showing one piece) the one lane `only` names. With `onFocus`
 * each lane offers to be enlarged; `focus` is the enlarged one, the others stay as small multiples.
 */
export function LanesPanel({
  only,
  focus = null,
  onFocus,
  font = LANE_FONT,
  spotlit = NO_LANES,
  crashAt = null,
}: {
  only?: 'batch' | 'microbatch' | 'stream';
  focus?: LaneId | null;
  onFocus?: (lane: LaneId | null) => void;
  /** Text size of the lanes' labels in px (presenter mode passes a larger one). */
  font?: number;
  /** Lanes to outline: what a classroom answer talks about. */
  spotlit?: readonly LaneId[];
  /** The stream job's crash, marked on the stream lane. */
  crashAt?: number | null;
} = {}) {
  const laneRun = useDeferredLaneRun();
  const { run } = laneRun;
  // Busy while the lanes still draw the previous run (they follow a change a frame or more later,
  // or a large scenario's run is still in the worker): a screen reader waits for them, and the
  // bench times a change until they are done.
  const pending = useLab(selectPendingOrders) !== null;
  const busy = run !== useLab(selectRun) || pending;
  const palette = usePalette();
  // The shared model reads the scenario and the window; the truth changes exactly when the
  // orders or the window do.
  const shared = sharedOf(run.truth, () => sharedModel(run));
  const stream = streamOf(run.stream, () => streamModel(run));
  const micro = microOf(run.microBatch, () => microBatchModel(run));
  const batch = batchOf(run.batch, () => batchModel(run));
  const requestWindows = allOrdersTally(run);
  const shows = (lane: LaneId) => only === undefined || only === lane;
  const stage = useMemo<LaneStage>(
    () =>
      onFocus
        ? { focus, setFocus: onFocus, font, spotlit, crashAt }
        : { focus: null, font, spotlit, crashAt },
    [focus, onFocus, font, spotlit, crashAt],
  );
  const layout = only ? 'lanes lanes--single' : focus ? 'lanes lanes--focus' : 'lanes';

  return (
    <LaneRunProvider value={laneRun}>
      <LaneStageProvider value={stage}>
        <div className="lanes-panel" data-pending={pending || undefined}>
          <PendingNote />
          <div
            className={layout}
            role="group"
            aria-label={only ? 'One pipeline on the orders' : 'Four pipelines on the same orders'}
            aria-busy={busy}
          >
            {shows('batch') && (
              <BatchLane
                shared={shared}
                model={batch}
                palette={palette}
                error={run.batch.ok ? undefined : run.batch.error}
              />
            )}
            {shows('microbatch') && (
              <MicroBatchLane
                shared={shared}
                model={micro}
                palette={palette}
                error={run.microBatch.ok ? undefined : run.microBatch.error}
              />
            )}
            {shows('stream') && (
              <StreamLane
                shared={shared}
                model={stream}
                palette={palette}
                error={run.stream.ok ? undefined : run.stream.error}
              />
            )}
            {shows('request') && (
              <RequestLane shared={shared} windows={requestWindows} palette={palette} />
            )}
          </div>
          <LanesLegend palette={palette} only={only} />
        </div>
      </LaneStageProvider>
    </LaneRunProvider>
  );
}
