// The shape of a lab store: four slices, each with its actions beside its state (zustand's
// slices pattern). Each slice's creator lives in its own file; createLabStore joins them.
import type { StateCreator } from 'zustand';
import type { FailureSlice } from './failureSlice';
import type { LessonSlice } from './lessonSlice';
import type { PlaybackSlice } from './playbackSlice';
import type { ScenarioSlice } from './scenarioSlice';

export type LabState = ScenarioSlice & PlaybackSlice & LessonSlice & FailureSlice;

/** A slice's creator: it sees (and may set) the whole state, and returns its own part. */
export type SliceCreator<T> = StateCreator<LabState, [], [], T>;
