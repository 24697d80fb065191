// The chart's numbers as a table, for screen readers and for anyone who wants the exact figures:
// one row per lane with its latencies, complexity score and the mechanisms behind it.
import { formatLatency } from '../../geometry/latencyChart';
import { formatScore, LANE_TITLES, type ChartModel } from './model';

export function ChartTable({ model }: { model: ChartModel }) {
  return (
    <details className="latency-chart__table">
      <summary>Show as table</summary>
      <table>
        <caption>Measured latency and complexity per lane</caption>
        <thead>
          <tr>
            <th scope="col">Lane</th>
            <th scope="col">Added median (p50)</th>
            <th scope="col">Added p95</th>
            <th scope="col">Added max</th>
            <th scope="col">End-to-end median</th>
            <th scope="col">Complexity</th>
            <th scope="col">Mechanisms (weight)</th>
          </tr>
        </thead>
        <tbody>
          {model.marks.map((m) => (
            <tr key={m.lane} data-lane={m.lane}>
              <th scope="row">{m.title}</th>
              <td>{formatLatency(m.p50)}</td>
              <td>{formatLatency(m.p95)}</td>
              <td>{formatLatency(m.max)}</td>
              <td>{formatLatency(m.endToEnd.p50)}</td>
              <td>{formatScore(m.score)}</td>
              <td>{m.mechanisms.map((x) => `${x.label} (${formatScore(x.weight)})`).join(', ')}</td>
            </tr>
          ))}
          {model.notes.map((n) => (
            <tr key={n.lane} data-lane={n.lane}>
              <th scope="row">{LANE_TITLES[n.lane]}</th>
              <td colSpan={6}>{n.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
