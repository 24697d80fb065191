// The shape of a classroom preset: a scenario, a question the class answers before pressing
// play, and pause points where playback stops and the answer is revealed. A preset may have
// several steps (too tight, then too loose); each step starts from the default settings.
import type { LabRun, LabSettingsInput, LaneId } from '../../engine';
import type { PresetId } from './ids';

/**
 * What an answer quotes, so the page can bring it into view: one lane (enlarged), several lanes
 * (side by side, outlined), the chart, or a place in a tab below the stage (its
 * `data-spotlight` name).
 */
export type Spotlight =
  | { kind: 'lanes'; lanes: readonly LaneId[] }
  | { kind: 'chart' }
  | { kind: 'panel'; tab: 'failures' | 'results'; target: string };

export interface PausePoint {
  /** Simulated processing time to stop at, found from the run (see ./moments). */
  at(run: LabRun): number;
  /** What the class should now see, with this run's own numbers. */
  reveal(run: LabRun): string;
  /** Where the answer's numbers are on screen. */
  show: Spotlight;
}

export interface PresetStep {
  /** Short name of the step ("Too tight"), shown when a preset has more than one. */
  title: string;
  /** Changes from the default settings. */
  patch: LabSettingsInput;
  /** One line to predict before pressing play. */
  question: string;
  /** In time order. */
  pauses: readonly PausePoint[];
  /** The crash the Failures and guarantees panel shows for this step (processing time). */
  crashAt?(run: LabRun): number;
  /** When the Failures and guarantees panel's revenue bug is found and fixed (processing time). */
  bugFoundAt?(run: LabRun): number;
  /**
   * Where the playhead starts, when not at the beginning: a week of orders cannot be played in a
   * lesson, so the backfill preset starts just before the bug is found.
   */
  startAt?(run: LabRun): number;
}

export interface ClassroomPreset {
  id: PresetId;
  title: string;
  steps: readonly [PresetStep, ...PresetStep[]];
  /** An aside shown under the question (what the lab leaves out of this scenario). */
  note?: string;
}
