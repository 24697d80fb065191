// The backfill as a chart above its table: total served for the affected history over the
// backfill's processing time, one line per architecture and the truth, a marker where each is right
// again, the playhead, and the work each did in the legend. "Show as table" gives every point.
import { formatClock } from '../../format/clock';
import { formatMoney } from '../../format/money';
import type { BackfillChart as Chart, ChartLine } from './backfillSeries';
import type { BackfillModel } from './backfillModel';

function Swatch({ line }: { line: ChartLine }) {
  return (
    <svg width={34} height={16} aria-hidden="true" className="guarantees__swatch">
      <line x1={1} x2={33} y1={8} y2={8} className={`guarantees__bf-line is-${line.id}`} />
      {line.marker && (
        <path
          d={line.marker.d}
          transform="translate(17,8)"
          className={`guarantees__bf-mark is-${line.id}`}
        />
      )}
    </svg>
  );
}

export function BackfillChart({ chart, model }: { chart: Chart; model: BackfillModel }) {
  const { margin, width, height } = chart;
  const work = Object.fromEntries(model.rows.map((r) => [r.id, r]));
  const summary = chart.lines
    .filter((l) => l.marker)
    .map((l) => l.marker!.label)
    .join('; ');
  return (
    <figure className="guarantees__bf" data-testid="backfill-chart" data-spotlight="backfill-chart">
      <p className="guarantees__muted">
        Total each serves for the orders before the fix, from the moment the bug is found:
      </p>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        role="img"
        aria-label={`Total served for the history over the backfill, from the fix: ${summary}.`}
      >
        {chart.yTicks.map((t) => (
          <g key={t.y} transform={`translate(0,${t.y})`}>
            <line x1={margin.left} x2={width - margin.right} className="guarantees__grid" />
            <text x={margin.left - 6} dy="0.32em" textAnchor="end" className="guarantees__tick">
              {t.label}
            </text>
          </g>
        ))}
        <line
          x1={margin.left}
          x2={width - margin.right}
          y1={height - margin.bottom}
          y2={height - margin.bottom}
          className="guarantees__axis"
        />
        {chart.xTicks.map((t) => (
          <text
            key={t.x}
            x={t.x}
            y={height - margin.bottom + 18}
            textAnchor="middle"
            className="guarantees__tick"
          >
            {t.label}
          </text>
        ))}
        {chart.lines.map((l) => (
          <path
            key={l.id}
            d={l.path}
            className={`guarantees__bf-line is-${l.id}`}
            data-line={l.id}
          />
        ))}
        {chart.lines.map(
          (l) =>
            l.marker && (
              <path
                key={l.id}
                d={l.marker.d}
                transform={`translate(${l.marker.x},${l.marker.y})`}
                className={`guarantees__bf-mark is-${l.id}`}
              >
                <title>{l.marker.label}</title>
              </path>
            ),
        )}
        {chart.playhead !== null && (
          <line
            x1={chart.playhead}
            x2={chart.playhead}
            y1={margin.top}
            y2={height - margin.bottom}
            className="guarantees__playhead"
            data-testid="backfill-playhead"
          />
        )}
      </svg>
      <figcaption>
        <ul className="guarantees__legend">
          {chart.lines.map((l) => (
            <li key={l.id} data-line={l.id}>
              <Swatch line={l} /> <strong>{l.title}</strong>
              {l.id === 'truth'
                ? ': every order once, with the fixed formula'
                : `: ${l.marker!.label.replace(`${l.title} `, '')}; ${work[l.id]!.work}`}
            </li>
          ))}
        </ul>
        {chart.playhead === null && (
          <span className="guarantees__muted">
            The playhead is outside the backfill ({formatClock(chart.domain[0], 'always')} to{' '}
            {formatClock(chart.domain[1], 'always')}).
          </span>
        )}
      </figcaption>
      <details className="guarantees__details">
        <summary>Show as table</summary>
        <table data-testid="backfill-chart-table">
          <caption>Total served for the history, at each change</caption>
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Batch</th>
              <th scope="col">Lambda</th>
              <th scope="col">Kappa</th>
              <th scope="col">Truth</th>
            </tr>
          </thead>
          <tbody>
            {chart.table.map((r) => (
              <tr key={r.at}>
                <th scope="row">{formatClock(r.at, 'always')}</th>
                <td>{formatMoney(r.batch)}</td>
                <td>{formatMoney(r.lambda)}</td>
                <td>{formatMoney(r.kappa)}</td>
                <td>{formatMoney(r.truth)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
