// The chart's numbers as a table, for screen readers and for anyone who wants the exact figures:
// one row per lane with its latencies, how much of the truth it has right, its complexity score
// and the mechanisms behind it.
import { useMemo } from 'react';
import type { LaneId, LaneSummary } from '../../engine';
import { useLab } from '../../store/context';
import { selectLanes } from '../../store/selectors';
import { formatDurationRounded } from '../../format/duration';
import { chartModel, formatScore, formatShare, LANE_TITLES } from './model';

export function ChartTable({
  lanes,
  collapsed = true,
}: {
  lanes: Record<LaneId, LaneSummary>;
  collapsed?: boolean;
}) {
  const model = useMemo(() => chartModel(lanes), [lanes]);
  // A box that scrolls sideways on a narrow screen: focusable, so a keyboard can scroll it too.
  const table = (
    <div
      className="latency-chart__table-scroll"
      role="region"
      aria-label="Latency, correctness and complexity table"
      tabIndex={0}
    >
      <table>
        <caption>Measured latency, correctness and complexity per lane</caption>
        <thead>
          <tr>
            <th scope="col">Lane</th>
            <th scope="col">Added median (p50)</th>
            <th scope="col">Added p95</th>
            <th scope="col">Added max</th>
            <th scope="col">End-to-end median</th>
            <th scope="col">Right at the end</th>
            <th scope="col">Complexity</th>
            <th scope="col">Mechanisms (weight)</th>
          </tr>
        </thead>
        <tbody>
          {model.marks.map((m) => (
            <tr key={m.lane} data-lane={m.lane}>
              <th scope="row">{m.title}</th>
              <td>{formatDurationRounded(m.p50)}</td>
              <td>{formatDurationRounded(m.p95)}</td>
              <td>{formatDurationRounded(m.max)}</td>
              <td>{formatDurationRounded(m.endToEnd.p50)}</td>
              <td>{formatShare(m.right)} right</td>
              <td>{formatScore(m.score)}</td>
              <td>{m.mechanisms.map((x) => `${x.label} (${formatScore(x.weight)})`).join(', ')}</td>
            </tr>
          ))}
          {model.notes.map((n) => (
            <tr key={n.lane} data-lane={n.lane}>
              <th scope="row">{LANE_TITLES[n.lane]}</th>
              <td colSpan={7}>{n.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  if (!collapsed) return <div className="latency-chart__table">{table}</div>;
  return (
    <details className="latency-chart__table">
      <summary>Show as table</summary>
      {table}
    </details>
  );
}

/** The table alone, open, for the Results tab: the stage's chart keeps only its picture. */
export function ChartTablePanel() {
  const lanes = useLab(selectLanes);
  return (
    <section className="latency-chart-numbers" aria-labelledby="chart-numbers-title">
      <h3 id="chart-numbers-title">The chart&apos;s numbers</h3>
      <p className="latency-chart__caption">
        Right at the end: the share of the truth&apos;s revenue a lane reports correctly once every
        result has landed, 1 − Σ|lane − truth| / Σ truth over every product and window.
      </p>
      <ChartTable lanes={lanes} collapsed={false} />
    </section>
  );
}
