// HyperLogLog over customer ids: the registers (which one the latest order touched), the estimate
// against the exact count as orders flow, inside the ±1σ (about 68 %) and ±3σ bands, and the
// memory of the sketch against an exact set of ids.
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useLab } from '../../store/context';
import { usePalette } from '../theme/usePalette';
import type { Palette } from '../theme/palette';
import { Slider } from '../controls/fields';
import type { Spelled } from '../controls/format';
import { arrivedCount, createFeed } from './feed';
import { hllGeometry } from './chartModel';
import {
  distinctCustomers,
  formatBytes,
  hllSummary,
  withinBand,
  type HllView,
} from './summariesModel';

const PRECISION_RANGE = { min: 4, max: 16, step: 1, unit: 1 } as const;
const spellPrecision = (p: number): Spelled => {
  const m = (1 << p).toLocaleString('en-US');
  return { short: `p = ${p} (${m} registers)`, long: `precision ${p}, ${m} registers` };
};
const count = new Intl.NumberFormat('en-US');
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

export const HllSection = memo(function HllSection() {
  const events = useLab((s) => s.run.events);
  const arrived = useLab((s) => arrivedCount(s.run.events, s.playhead));
  const [precision, setPrecision] = useState(8);
  const palette = usePalette();
  const feed = useMemo(() => createFeed(events, hllSummary(precision)), [events, precision]);
  const view = useMemo(() => feed.advanceTo(arrived), [feed, arrived]);
  const finalDistinct = useMemo(() => distinctCustomers(events), [events]);
  const lo = view.exact * (1 - 3 * view.se);
  const hi = view.exact * (1 + 3 * view.se);
  const inside = withinBand(view.estimate, view.exact, view.se);

  return (
    <section className="smp-section" aria-labelledby="smp-hll-title">
      <h3 id="smp-hll-title">Distinct customers: HyperLogLog</h3>
      <p className="smp-text">
        Counting distinct customers exactly means remembering every id seen. HyperLogLog hashes each
        id instead: the first bits of the hash pick one of m registers, and the register keeps the
        longest run of leading zeros it has seen in the rest (its rank). Long runs are rare, so they
        betray how many different ids went by. Its typical error is 1.04/√m, and the memory stays m
        small registers however many customers come.
      </p>
      <div className="smp-controls">
        <Slider
          label="Precision"
          value={precision}
          range={PRECISION_RANGE}
          spell={spellPrecision}
          onValue={(v) =>
            setPrecision(Math.min(PRECISION_RANGE.max, Math.max(PRECISION_RANGE.min, v)))
          }
          hint={`Standard error 1.04/√${view.m} = ${pct(view.se)}`}
          testId="smp-precision"
        />
      </div>
      <dl className="smp-stats">
        <div>
          <dt>Estimate</dt>
          <dd data-testid="smp-hll-estimate" data-value={view.estimate}>
            {count.format(Math.round(view.estimate))}
          </dd>
        </div>
        <div>
          <dt>Exact count</dt>
          <dd data-testid="smp-hll-exact" data-value={view.exact}>
            {count.format(view.exact)}
          </dd>
        </div>
        <div>
          <dt>±3σ band</dt>
          <dd data-testid="smp-hll-band" data-low={lo} data-high={hi}>
            {count.format(Math.round(lo))}–{count.format(Math.round(hi))}{' '}
            {inside ? '✓ inside' : '✗ outside'}
          </dd>
        </div>
        <div>
          <dt>Memory: sketch · exact set</dt>
          <dd data-testid="smp-hll-memory">
            {formatBytes(view.memory.sketch)} · {formatBytes(view.memory.exactSet)}
          </dd>
        </div>
      </dl>
      <p className="smp-step" data-testid="smp-hll-touch">
        {view.last
          ? `Latest order: customer ${view.last.customer} → register ${view.last.register}, rank ${view.last.rank} ${
              view.last.changed
                ? '(a new longest run: the register rose)'
                : '(no longer than what the register holds)'
            }.`
          : 'No order has arrived yet.'}
      </p>
      <p className="smp-note">
        An exact set needs at least {formatBytes(8)} per id ({formatBytes(8 * 1_000_000)} for a
        million customers); the sketch stays at {formatBytes(view.memory.sketch)}.
      </p>
      <div className="smp-hll">
        <EstimateChart
          view={view}
          total={events.length}
          finalDistinct={finalDistinct}
          palette={palette}
        />
        <Registers view={view} palette={palette} />
      </div>
      <details className="smp-table">
        <summary>Show as table</summary>
        <HllTable view={view} />
      </details>
    </section>
  );
});

function EstimateChart({
  view,
  total,
  finalDistinct,
  palette,
}: {
  view: HllView;
  total: number;
  finalDistinct: number;
  palette: Palette;
}) {
  const g = hllGeometry(view.exactSeries, view.estimateSeries, view.se, total, finalDistinct);
  const { frame } = g;
  const bottom = frame.height - frame.margin.bottom;
  const label =
    `Distinct customers after each arrived order: exact count ${count.format(view.exact)}, ` +
    `HyperLogLog estimate ${count.format(Math.round(view.estimate))}, within the shaded ±3σ band ` +
    `(inner band ±1σ, about 68 %).`;
  return (
    <figure className="smp-chart" data-testid="smp-hll-chart">
      <svg viewBox={`0 0 ${frame.width} ${frame.height}`} role="img" aria-label={label}>
        <path d={g.band3} fill={palette.grid} fillOpacity={0.22} />
        <path d={g.band1} fill={palette.grid} fillOpacity={0.35} />
        {g.yTicks.map((t) => (
          <g key={t.label}>
            <line
              x1={frame.margin.left}
              x2={frame.width - frame.margin.right}
              y1={t.at}
              y2={t.at}
              stroke={palette.grid}
              strokeOpacity={0.3}
            />
            <text
              x={frame.margin.left - 6}
              y={t.at}
              dy="0.32em"
              textAnchor="end"
              fill={palette.muted}
              fontSize={12}
            >
              {t.label}
            </text>
          </g>
        ))}
        <line
          x1={frame.margin.left}
          x2={frame.width - frame.margin.right}
          y1={bottom}
          y2={bottom}
          stroke={palette.muted}
        />
        {g.xTicks.map((t) => (
          <text
            key={t.label}
            x={t.at}
            y={bottom + 16}
            textAnchor="middle"
            fill={palette.muted}
            fontSize={12}
          >
            {t.label}
          </text>
        ))}
        <text
          x={frame.width - frame.margin.right}
          y={bottom + 32}
          textAnchor="end"
          fill={palette.muted}
          fontSize={12}
        >
          orders arrived
        </text>
        <path d={g.exact} stroke={palette.text} strokeWidth={2} fill="none" />
        <path
          d={g.estimate}
          stroke={palette.lane.stream}
          strokeWidth={2.5}
          strokeDasharray="7 4"
          fill="none"
        />
        {g.current && (
          <>
            <rect
              x={g.current.x - 4}
              y={g.current.exactY - 4}
              width={8}
              height={8}
              fill={palette.text}
            />
            <circle
              cx={g.current.x}
              cy={g.current.estimateY}
              r={5}
              fill={palette.lane.stream}
              stroke={palette.panel}
              strokeWidth={1.5}
            />
          </>
        )}
      </svg>
      <figcaption className="smp-legend">
        <span>
          <svg width="28" height="12" aria-hidden="true">
            <line x1="0" x2="20" y1="6" y2="6" stroke={palette.text} strokeWidth={2} />
            <rect x="20" y="2" width="8" height="8" fill={palette.text} />
          </svg>{' '}
          exact count
        </span>
        <span>
          <svg width="28" height="12" aria-hidden="true">
            <line
              x1="0"
              x2="18"
              y1="6"
              y2="6"
              stroke={palette.lane.stream}
              strokeWidth={2.5}
              strokeDasharray="5 3"
            />
            <circle cx="23" cy="6" r="4.5" fill={palette.lane.stream} />
          </svg>{' '}
          HyperLogLog estimate
        </span>
        <span>
          <svg width="20" height="12" aria-hidden="true">
            <rect width="20" height="12" fill={palette.grid} fillOpacity={0.35} />
          </svg>{' '}
          ±1σ (about 68 % of the time)
        </span>
        <span>
          <svg width="20" height="12" aria-hidden="true">
            <rect width="20" height="12" fill={palette.grid} fillOpacity={0.22} />
          </svg>{' '}
          ±3σ (almost always)
        </span>
      </figcaption>
    </figure>
  );
}

/** The registers as a grid of cells on a canvas (up to 65,536 of them), darker for a higher rank. */
function Registers({ view, palette }: { view: HllView; palette: Palette }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const cols = 1 << Math.ceil(view.precision / 2);
  const rows = view.m / cols;
  const cell = Math.max(2, Math.floor(320 / cols));
  const maxRank = view.registers.reduce((a, b) => Math.max(a, b), 0);
  const touched = view.last?.register ?? -1;
  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    const { registers } = view;
    ctx.fillStyle = palette.panel;
    ctx.fillRect(0, 0, cols * cell, rows * cell);
    const gap = cell >= 6 ? 1 : 0;
    for (let i = 0; i < registers.length; i++) {
      const r = registers[i]!;
      const x = (i % cols) * cell;
      const y = Math.floor(i / cols) * cell;
      if (r === 0) {
        ctx.strokeStyle = palette.grid;
        ctx.globalAlpha = 0.5;
        if (gap) ctx.strokeRect(x + 0.5, y + 0.5, cell - 1, cell - 1);
        ctx.globalAlpha = 1;
        continue;
      }
      ctx.fillStyle = palette.lane.batch;
      ctx.globalAlpha = 0.25 + (0.75 * r) / Math.max(1, maxRank);
      ctx.fillRect(x + gap, y + gap, cell - gap, cell - gap);
    }
    ctx.globalAlpha = 1;
    if (touched >= 0) {
      const x = (touched % cols) * cell;
      const y = Math.floor(touched / cols) * cell;
      ctx.strokeStyle = palette.text;
      ctx.lineWidth = Math.max(2, cell / 5);
      ctx.strokeRect(x, y, cell, cell);
    }
  }, [view, palette, cols, rows, cell, maxRank, touched]);
  return (
    <figure className="smp-registers" data-testid="smp-hll-registers">
      <canvas
        ref={canvas}
        width={cols * cell}
        height={rows * cell}
        role="img"
        aria-label={`${count.format(view.m)} registers; the highest rank is ${maxRank}. ${
          view.last ? `The latest order touched register ${view.last.register}, outlined.` : ''
        }`}
      />
      <figcaption className="smp-note">
        {count.format(view.m)} registers, darker for a higher rank; the outlined one is the register
        the latest order touched.
      </figcaption>
    </figure>
  );
}

function HllTable({ view }: { view: HllView }) {
  const ranks = new Map<number, number>();
  for (const r of view.registers) ranks.set(r, (ranks.get(r) ?? 0) + 1);
  const rows = [...ranks].sort((a, b) => a[0] - b[0]);
  const n = view.exactSeries.length;
  const every = Math.max(1, Math.ceil(n / 10));
  const samples: number[] = [];
  for (let i = every - 1; i < n; i += every) samples.push(i);
  if (n > 0 && samples[samples.length - 1] !== n - 1) samples.push(n - 1);
  return (
    <>
      <table>
        <caption>Estimate against the exact count as orders arrived</caption>
        <thead>
          <tr>
            <th scope="col">Orders arrived</th>
            <th scope="col">Exact</th>
            <th scope="col">Estimate</th>
            <th scope="col">Error</th>
            <th scope="col">±3σ band</th>
          </tr>
        </thead>
        <tbody>
          {samples.map((i) => {
            const exact = view.exactSeries[i]!;
            const est = view.estimateSeries[i]!;
            return (
              <tr key={i}>
                <th scope="row">{count.format(i + 1)}</th>
                <td>{count.format(exact)}</td>
                <td>{count.format(Math.round(est))}</td>
                <td>{exact > 0 ? pct((est - exact) / exact) : '–'}</td>
                <td>
                  {count.format(Math.round(exact * (1 - 3 * view.se)))}–
                  {count.format(Math.round(exact * (1 + 3 * view.se)))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <table>
        <caption>How many registers hold each rank</caption>
        <thead>
          <tr>
            <th scope="col">Rank</th>
            <th scope="col">Registers</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([rank, c]) => (
            <tr key={rank}>
              <th scope="row">{rank}</th>
              <td>{count.format(c)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
