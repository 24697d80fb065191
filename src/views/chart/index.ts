// The latency-versus-complexity panel, as the app mounts it.
export { LatencyChart } from './LatencyChart';
