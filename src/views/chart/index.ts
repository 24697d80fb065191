// The latency-versus-complexity panel, as the app mounts it, and its numbers as a table.
export { LatencyChart } from './LatencyChart';
export { ChartTablePanel } from './ChartTable';
