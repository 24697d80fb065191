// The results panel (truth beside each lane at the playhead), as the app mounts it.
export { ResultsPanel } from './ResultsPanel';
