// The sampling and summaries panel, as the app mounts it.
export { SamplingPanel } from './SamplingPanel';
