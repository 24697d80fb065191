// HyperLogLog over customer ids: the registers (which one the latest order touched), the estimate
// against the exact count as orders flow, inside the ±1σ (about 68 %) and ±3σ bands, and the
// memory of the sketch against an exact set of ids.
import { memo, useMemo, useState } from 'react';
import { usePaced } from '../../store/usePaced';
import { useLab } from '../../store/context';
import { selectEvents } from '../../store/selectors';
import { usePalette } from '../theme/usePalette';
import { Slider } from '../controls/fields';
import type { Spelled } from '../controls/format';
import { arrivedNow, createFeed } from './feed';
import { HllChart } from './HllChart';
import { HllRegisters } from './HllRegisters';
import { HllTable } from './HllTable';
import { distinctCustomers, formatBytes, hllSummary, withinBand } from './summariesModel';
import { formatCount } from '../../format/count';

const PRECISION_RANGE = { min: 4, max: 16, step: 1, unit: 1 } as const;
const spellPrecision = (p: number): Spelled => {
  const m = formatCount(1 << p);
  return { short: `p = ${p} (${m} registers)`, long: `precision ${p}, ${m} registers` };
};
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

export const HllSection = memo(function HllSection() {
  const events = useLab(selectEvents);
  const arrived = usePaced(arrivedNow);
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
        {/* Rank = leading zeros of the rest + 1, the position of its first 1 bit (Flajolet et al.
            2007, ρ; src/engine/sampling/hyperloglog.ts, splitHash). */}
        Counting distinct customers exactly means remembering every id seen. HyperLogLog hashes each
        id instead: the first bits of the hash pick one of m registers, and the rest gives a rank,
        the number of leading zeros plus one (where its first 1 bit is). Each register keeps the
        highest rank it has seen. High ranks are rare, so they betray how many different ids went
        by. Its typical error is 1.04/√m, and the memory stays m small registers however many
        customers come.
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
            {formatCount(Math.round(view.estimate))}
          </dd>
        </div>
        <div>
          <dt>Exact count</dt>
          <dd data-testid="smp-hll-exact" data-value={view.exact}>
            {formatCount(view.exact)}
          </dd>
        </div>
        <div>
          <dt>±3σ band</dt>
          <dd data-testid="smp-hll-band" data-low={lo} data-high={hi}>
            {formatCount(Math.round(lo))}–{formatCount(Math.round(hi))}{' '}
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
                ? '(higher than the register held: the register rose)'
                : '(no higher than what the register holds)'
            }.`
          : 'No order has arrived yet.'}
      </p>
      {view.exact === 0 && view.exactSeries.length > 0 && (
        <p className="smp-note">
          These orders carry no customer ids, so there is nothing to count.
        </p>
      )}
      <p className="smp-note">
        An exact set needs at least {formatBytes(8)} per id ({formatBytes(8 * 1_000_000)} for a
        million customers); the sketch stays at {formatBytes(view.memory.sketch)}.
      </p>
      <div className="smp-hll">
        <HllChart
          view={view}
          total={events.length}
          finalDistinct={finalDistinct}
          palette={palette}
        />
        <HllRegisters view={view} palette={palette} />
      </div>
      <details className="smp-table">
        <summary>Show as table</summary>
        <HllTable view={view} />
      </details>
    </section>
  );
});
