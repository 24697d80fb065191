// The controls panel: every lab setting, grouped, wired to the store.
export { ControlsPanel } from './ControlsPanel';
