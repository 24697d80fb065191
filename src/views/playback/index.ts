// The playback bar and the lab's keyboard shortcuts (call usePlaybackKeys once in App).
export { PlaybackBar } from './PlaybackBar';
export { usePlaybackKeys } from './usePlaybackKeys';
