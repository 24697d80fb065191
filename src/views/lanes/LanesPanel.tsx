// The play area: four small multiples of the same plane (event time across, processing time
// down, one playhead), one per way of totalling revenue, so one glance compares them at the same
// moment. Models are derived once per run; the lanes redraw per frame on their own canvases.
import { useMemo } from 'react';
import { useLab } from '../../store/context';
import { usePalette } from '../theme/usePalette';
import { BatchLane } from './BatchLane';
import { batchModel } from './batchModel';
import { LanesLegend } from './LanesLegend';
import { MicroBatchLane } from './MicroBatchLane';
import { microBatchModel } from './microBatchModel';
import { sharedModel, tallyWindows } from './model';
import { RequestLane } from './RequestLane';
import { StreamLane } from './StreamLane';
import { streamModel } from './streamModel';
import './lanes.css';

export function LanesPanel() {
  const run = useLab((s) => s.run);
  const palette = usePalette();
  const shared = useMemo(() => sharedModel(run), [run]);
  const stream = useMemo(() => streamModel(run), [run]);
  const micro = useMemo(() => microBatchModel(run), [run]);
  const batch = useMemo(() => batchModel(run), [run]);
  const requestWindows = useMemo(() => tallyWindows(run, [], () => true), [run]);

  return (
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
  );
}
