// The lab: its settings (defaults, validation, slider ranges, the merge of a patch), the pipeline
// configs derived from them, and runLab, one run of every lane for one settings object.
export * from './settings';
export { WATERMARK_INTERVAL, batchConfigOf, microBatchConfigOf, streamConfigOf } from './configs';
export { LANES, runLab } from './run';
export type { LabRun, LaneId, LaneSummary, Outcome } from './run';
export { indexRun } from './indexRun';
export type { RunIndex } from './indexRun';
