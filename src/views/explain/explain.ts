// One lane's live explanation at a playhead: facts, then sentences. Kept apart from the component
// so the store selector that calls it stays a plain function of the store's state.
import type { LabRun, LaneId } from '../../engine';
import { batchFacts, microBatchFacts, requestFacts, streamFacts } from './facts';
import { batchText, microBatchText, requestText, streamText } from './text';

export function explainLane(lane: LaneId, run: LabRun, t: number): string {
  switch (lane) {
    case 'stream':
      return streamText(streamFacts(run, t));
    case 'microbatch':
      return microBatchText(microBatchFacts(run, t));
    case 'batch':
      return batchText(batchFacts(run, t));
    case 'request':
      return requestText(requestFacts(run, t));
  }
}
