// The lanes' selectors: each reads the playhead against one lane's model and returns what a part
// of the lane shows (a caption, a count). Such a value changes a few times per run, so the part
// re-renders then, never per frame; the canvases follow the playhead by subscribing instead.
// The words (status lines, summaries, footer counts) read the paced playhead: while playing they
// change a few times a second, and any text change lays out and repaints the whole page.
// Factories memoised per model (selectorFactory): one selector per model, dropped with its run.
import { metrics, time } from '../../engine';
import { countOf, formatCount } from '../../format/count';
import { zoomSpan } from '../../geometry/lanes';
import type { TimeWarp } from '../../geometry/timewarp';
import { selectorFactory } from '../../store/selectors';
import { batchStatus, missedCounts, type BatchModel } from './batchModel';
import {
  batchCaption,
  currentBatch,
  ignoredCaption,
  regionRejectNote,
  type MicroBatchModel,
} from './microBatchModel';
import { arrivedBy, type SharedModel } from './model';
import { partitionNote, partitionNoteText, type PartitionsModel } from './partitionsModel';
import { streamCounts, streamStatus, type StreamModel } from './streamModel';

const countAtOrBefore = time.countAtOrBefore;
const lostBy = metrics.lostBy;
const requestCost = metrics.requestCost;

/**
 * The plot's zoom for the playhead (see zoomSpan), or null while the store's warp is not yet the
 * one the lane draws (the lanes follow a new run a frame later, and keep their zoom meanwhile).
 */
export const selectLaneZoom = selectorFactory(
  (warp: TimeWarp) => (s) => (s.warp === warp ? zoomSpan(warp, s.playhead) : null),
);

/** How many of a lane's results (badges) the playhead has reached. */
export const selectBadgesShown = selectorFactory(
  (model: { badgeTimes: Float64Array }) => (s) => countAtOrBefore(model.badgeTimes, s.playhead),
);

/** The same at the paced playhead: the stream's pills, whose text re-places every pill. */
export const selectBadgesShownPaced = selectorFactory(
  (model: { badgeTimes: Float64Array }) => (s) =>
    countAtOrBefore(model.badgeTimes, s.pacedPlayhead),
);

// The batch lane.
export const selectBatchStatus = selectorFactory(
  (model: BatchModel, shared: SharedModel) => (s) =>
    batchStatus(model, s.pacedPlayhead, arrivedBy(shared, s.pacedPlayhead)),
);

/** The batch lane in one sentence, for screen readers. */
export const selectBatchSummary = selectorFactory((model: BatchModel) => (s) => {
  const done = countAtOrBefore(model.badgeTimes, s.pacedPlayhead);
  const { missing, picked } = missedCounts(model, s.pacedPlayhead);
  const job = model.jobs.find(
    (j) => j.run.startedAt <= s.pacedPlayhead && j.run.emittedAt > s.pacedPlayhead,
  );
  return `Batch lane: ${job ? 'the job is running' : `${countOf(done, 'window result')} written`}; ${countOf(missing, 'order')} missed, ${formatCount(picked)} picked up by a re-run.`;
});

/** Orders that arrived after their job read its input and no re-run has picked up yet. */
export const selectBatchMissed = selectorFactory(
  (model: BatchModel) => (s) => missedCounts(model, s.pacedPlayhead).missing,
);

/** Missed orders a re-run has picked up so far. */
export const selectBatchPickedUp = selectorFactory(
  (model: BatchModel) => (s) => missedCounts(model, s.pacedPlayhead).picked,
);

/** How many of the batch jobs have started. */
export const selectJobsStarted = selectorFactory(
  (model: BatchModel) => (s) => model.jobs.filter((j) => j.run.startedAt <= s.playhead).length,
);

// The micro-batch lane.
export const selectMicroStatus = selectorFactory(
  (model: MicroBatchModel) => (s) => batchCaption(currentBatch(model, s.pacedPlayhead)),
);

/** The micro-batch lane in one sentence, for screen readers. */
export const selectMicroSummary = selectorFactory((model: MicroBatchModel) => (s) => {
  const ignored = lostBy(model.losses, s.pacedPlayhead).microDropped;
  return `Micro-batch lane: ${batchCaption(currentBatch(model, s.pacedPlayhead))}; ${countOf(ignored, 'order')} ignored as too late.`;
});

export const selectIgnoredCaption = selectorFactory(
  (model: MicroBatchModel) => (s) => ignoredCaption(model, s.pacedPlayhead),
);

export const selectRegionRejectNote = selectorFactory(
  (model: MicroBatchModel) => (s) => regionRejectNote(model, s.playhead),
);

// The stream lane.
export const selectStreamStatus = selectorFactory(
  (model: StreamModel) => (s) => streamStatus(model, s.pacedPlayhead),
);

/** The stream lane in one sentence, for screen readers. */
export const selectStreamSummary = selectorFactory((model: StreamModel) => (s) => {
  const c = streamCounts(model, s.pacedPlayhead);
  return `Stream lane: ${countOf(c.closed, 'window')} closed, ${formatCount(c.open)} open, ${countOf(c.panes, 'result')} emitted, ${countOf(c.dropped, 'order')} dropped as too late.`;
});

/** Orders the stream dropped as too late by the playhead, counted as every panel counts drops. */
export const selectStreamDropped = selectorFactory(
  (model: StreamModel) => (s) => lostBy(model.losses, s.pacedPlayhead).streamDropped,
);

/** The partitions' note (which one holds the watermark back), '' when there is none. */
export const selectPartitionNote = selectorFactory(
  (model: PartitionsModel) => (s) => partitionNoteText(partitionNote(model, s.playhead)),
);

// The per-request lane.

/** "scans 1,234 rows · 2.6 ms per query". */
export function requestCaption(rows: number): string {
  const ms = requestCost(rows);
  return `query scans ${formatCount(rows)} rows · ${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`;
}

export const selectRequestStatus = selectorFactory(
  (shared: SharedModel) => (s) => requestCaption(arrivedBy(shared, s.pacedPlayhead)),
);

/** Orders stored by the playhead, in whole hundreds (the summary says "about"). */
export const selectStoredHundreds = selectorFactory(
  (shared: SharedModel) => (s) => Math.floor(arrivedBy(shared, s.pacedPlayhead) / 100),
);
