// The play area: four small multiples of the same plane (event time across, processing time
// down, one playhead), one per way of totalling revenue, so one glance compares them at the same
// moment. Models are derived once per run; the lanes redraw per frame on their own canvases.
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
import './lanes.css';

// Keyed on what each model reads: the orders (same array while the scenario is unchanged), the
// truth, and each lane's outcome (the same object while that lane's settings are unchanged).
const sharedOf = memoOn<object, ReturnType<typeof sharedModel>>();
const streamOf = memoOn<object, ReturnType<typeof streamModel>>();
const microOf = memoOn<object, ReturnType<typeof microBatchModel>>();
const batchOf = memoOn<object, ReturnType<typeof batchModel>>();

export function LanesPanel() {
  const laneRun = useDeferredLaneRun();
  const { run } = laneRun;
  const palette = usePalette();
  // The shared model reads the scenario and the window; the truth changes exactly when the
  // orders or the window do.
  const shared = sharedOf(run.truth, () => sharedModel(run));
  const stream = streamOf(run.stream, () => streamModel(run));
  const micro = microOf(run.microBatch, () => microBatchModel(run));
  const batch = batchOf(run.batch, () => batchModel(run));
  const requestWindows = allOrdersTally(run);

  return (
    <LaneRunProvider value={laneRun}>
      <div className="lanes-panel">
        <div className="lanes" role="group" aria-label="Four pipelines on the same orders">
          <BatchLane
            shared={shared}
            model={batch}
            palette={palette}
            error={run.batch.ok ? undefined : run.batch.error}
          />
          <MicroBatchLane
            shared={shared}
            model={micro}
            palette={palette}
            error={run.microBatch.ok ? undefined : run.microBatch.error}
          />
          <StreamLane
            shared={shared}
            model={stream}
            palette={palette}
            error={run.stream.ok ? undefined : run.stream.error}
          />
          <RequestLane shared={shared} windows={requestWindows} palette={palette} />
        </div>
        <LanesLegend palette={palette} />
      </div>
    </LaneRunProvider>
  );
}
