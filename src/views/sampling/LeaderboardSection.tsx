// Top products by revenue in bounded memory: Space-Saving's few counters against the exact
// ranking, as bars (exact revenue) with each held product's interval [count − error, count].
import { memo, useMemo, useState } from 'react';
import { usePaced } from '../../store/usePaced';
import { useLab } from '../../store/context';
import { selectEvents, selectRunProducts } from '../../store/selectors';
import { usePalette } from '../theme/usePalette';
import { formatMoney } from '../../format/money';
import { Slider } from '../controls/fields';
import { spellCount } from '../controls/format';
import { arrivedNow, createFeed } from './feed';
import { leaderGeometry } from '../../geometry/sampling';
import { leaderboardSummary, type LeaderboardView } from './summariesModel';

const CAPACITY_RANGE = { min: 1, max: 12, step: 1, unit: 1 } as const;
const spellCounters = spellCount('counter', 'counters');

export const LeaderboardSection = memo(function LeaderboardSection() {
  const events = useLab(selectEvents);
  const arrived = usePaced(arrivedNow);
  const products = useLab(selectRunProducts);
  const [capacity, setCapacity] = useState(3);
  const feed = useMemo(() => createFeed(events, leaderboardSummary(capacity)), [events, capacity]);
  const view = useMemo(() => feed.advanceTo(arrived), [feed, arrived]);
  const right = view.rows.filter((r) => r.estimate !== null && r.sameKey).length;

  return (
    <section className="smp-section" aria-labelledby="smp-top-title">
      <h3 id="smp-top-title">Top products by revenue: Space-Saving</h3>
      <p className="smp-text">
        A leaderboard over an endless stream cannot keep a total for every product that ever sold.
        Space-Saving keeps a fixed number of counters: a product already held adds its revenue; a
        new one takes over the smallest counter and inherits its total as a possible overcount. So
        each count is an upper bound, at most the error above the truth, and any product with a
        large enough share is always held.
        {products <= 5 &&
          ' With only a few products, fewer counters than products shows the effect; more products (in the controls) make it clearer.'}
      </p>
      <div className="smp-controls">
        <Slider
          label="Counters"
          value={capacity}
          range={CAPACITY_RANGE}
          spell={spellCounters}
          onValue={(v) =>
            setCapacity(Math.min(CAPACITY_RANGE.max, Math.max(CAPACITY_RANGE.min, v)))
          }
          testId="smp-capacity"
        />
      </div>
      <dl className="smp-stats">
        <div>
          <dt>Memory: counters · exact totals</dt>
          <dd data-testid="smp-top-memory">
            {view.memory.counters} · {view.memory.exactKeys}
          </dd>
        </div>
        <div>
          <dt>Ranks right</dt>
          <dd data-testid="smp-top-right">
            {right} of {view.rows.length}
          </dd>
        </div>
      </dl>
      {view.rows.length > 0 ? (
        <LeaderChart view={view} />
      ) : (
        <p className="smp-note">No order has arrived yet.</p>
      )}
      <details className="smp-table">
        <summary>Show as table</summary>
        <table data-testid="smp-top-table">
          <caption>Exact ranking against Space-Saving&apos;s estimate</caption>
          <thead>
            <tr>
              <th scope="col">Rank</th>
              <th scope="col">Exact: product</th>
              <th scope="col">Exact revenue</th>
              <th scope="col">Space-Saving: product</th>
              <th scope="col">Counted (overcount at most)</th>
              <th scope="col">Sure of the top?</th>
            </tr>
          </thead>
          <tbody>
            {view.rows.map((r) => (
              <tr key={r.rank}>
                <th scope="row">{r.rank}</th>
                <td>{r.exactKey}</td>
                <td>{formatMoney(r.exactRevenue)}</td>
                <td>{r.estimate ? `${r.estimate.key}${r.sameKey ? ' ✓' : ' ✗'}` : 'no counter'}</td>
                <td>
                  {r.estimate
                    ? `${formatMoney(r.estimate.count)} (${formatMoney(r.estimate.error)})`
                    : '–'}
                </td>
                <td>{r.estimate ? (r.estimate.guaranteed ? 'yes' : 'no') : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
});

function LeaderChart({ view }: { view: LeaderboardView }) {
  const palette = usePalette();
  const g = leaderGeometry(view);
  const { frame } = g;
  const bottom = frame.height - frame.margin.bottom;
  const label = `Top products by exact revenue, with Space-Saving's interval for each product it holds: ${g.bars
    .map((b) => {
      const held = view.held.get(b.key);
      const exact = formatMoney(view.exact.get(b.key) ?? 0);
      return held
        ? `${b.key} ${exact}, counted ${formatMoney(held.count)} minus at most ${formatMoney(held.error)}`
        : `${b.key} ${exact}, no counter`;
    })
    .join('; ')}.`;
  return (
    <figure className="smp-chart" data-testid="smp-top-chart">
      <svg viewBox={`0 0 ${frame.width} ${frame.height}`} role="img" aria-label={label}>
        {g.xTicks.map((t) => (
          <g key={t.label}>
            <line
              x1={t.at}
              x2={t.at}
              y1={frame.margin.top}
              y2={bottom}
              stroke={palette.grid}
              strokeOpacity={0.3}
            />
            <text x={t.at} y={bottom + 16} textAnchor="middle" fill={palette.muted} fontSize={12}>
              {t.label}
            </text>
          </g>
        ))}
        {g.bars.map((b) => (
          <g key={b.key}>
            <text
              x={frame.margin.left - 8}
              y={b.y + b.height / 2}
              dy="0.32em"
              textAnchor="end"
              fill={palette.text}
              fontSize={13}
            >
              {b.key}
            </text>
            <rect
              x={g.x0}
              y={b.y}
              width={Math.max(0, b.width)}
              height={b.height}
              fill={palette.onTimeOrder}
              fillOpacity={0.55}
            />
            {b.interval ? (
              <g stroke={palette.lane.stream} strokeWidth={3}>
                <line
                  x1={b.interval.x0}
                  x2={b.interval.x1}
                  y1={b.y + b.height / 2}
                  y2={b.y + b.height / 2}
                />
                <line x1={b.interval.x0} x2={b.interval.x0} y1={b.y} y2={b.y + b.height} />
                <path
                  d={`M${b.interval.x1},${b.y - 2}l6,${b.height / 2 + 2}l-6,${b.height / 2 + 2}l-6,-${b.height / 2 + 2}Z`}
                  fill={palette.lane.stream}
                  strokeWidth={1}
                />
              </g>
            ) : (
              <text
                x={g.x0 + b.width + 6}
                y={b.y + b.height / 2}
                dy="0.32em"
                fill={palette.muted}
                fontSize={12}
              >
                no counter
              </text>
            )}
          </g>
        ))}
        <line x1={g.x0} x2={g.x0} y1={frame.margin.top} y2={bottom} stroke={palette.muted} />
      </svg>
      <figcaption className="smp-legend">
        <span>
          <svg width="20" height="12" aria-hidden="true">
            <rect width="20" height="12" fill={palette.onTimeOrder} fillOpacity={0.55} />
          </svg>{' '}
          exact revenue
        </span>
        <span>
          <svg width="30" height="14" aria-hidden="true">
            <g stroke={palette.lane.stream} strokeWidth={3}>
              <line x1="2" x2="22" y1="7" y2="7" />
              <line x1="2" x2="2" y1="1" y2="13" />
            </g>
            <path d="M22,0l6,7l-6,7l-6,-7Z" fill={palette.lane.stream} />
          </svg>{' '}
          Space-Saving: the true total lies between the tick and the diamond
        </span>
      </figcaption>
    </figure>
  );
}
