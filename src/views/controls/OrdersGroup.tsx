// Orders: how many, how late, how many products, outages and the seed. These shape the one stream
// of orders every lane reads, so they are the first group a teacher reaches for.
import { useId, useState } from 'react';
import { useLab, useLabApi } from '../../store/context';
import {
  selectApplySettings,
  selectJitter,
  selectLateDelayKind,
  selectLateDelayMax,
  selectLateDelayMean,
  selectLateDelaySigma,
  selectOutageCount,
  selectOutages,
  selectProducts,
  selectRate,
  selectRegions,
  selectSeed,
} from '../../store/selectors';
import { lab, scenarios, type DelayKind } from '../../engine';
import { formatClock } from '../../format/clock';
import { formatDuration } from '../../format/duration';
import { Group, IntegerField, SelectField, Slider } from './fields';
import { spellCount, spellDuration, spellNumber, spellRate } from './format';
import {
  lateDelayPatch,
  nextSeed,
  OUTAGE_MINUTES,
  outageWords,
  regionsPatch,
  withOutage,
} from './model';
import { MoreOrderSettings } from './MoreOrderSettings';

const DELAY_LABELS: Record<DelayKind, [string, string]> = {
  exponential: ['Exponential', 'Many short delays, a few long ones.'],
  uniform: ['Uniform', 'Any delay up to twice the mean, equally likely.'],
  lognormal: ['Lognormal', 'Mostly short, with a long tail.'],
};
const DELAY_OPTIONS = scenarios.DELAY_KINDS.map((value) => ({
  value,
  label: DELAY_LABELS[value][0],
}));

export function OrdersGroup() {
  const api = useLabApi();
  const apply = useLab(selectApplySettings);
  const rate = useLab(selectRate);
  const kind = useLab(selectLateDelayKind);
  const mean = useLab(selectLateDelayMean);
  const max = useLab(selectLateDelayMax);
  const sigma = useLab(selectLateDelaySigma);
  const jitter = useLab(selectJitter);
  const products = useLab(selectProducts);
  const regions = useLab(selectRegions);
  const seed = useLab(selectSeed);

  const delay = () => api.getState().settings.scenario.lateDelay;

  return (
    <Group title="Orders" testId="controls-orders">
      <Slider
        label="Order rate"
        value={rate}
        range={lab.RANGES.rate}
        spell={spellRate}
        onValue={(v) => apply({ scenario: { rate: v } })}
      />
      <SelectField
        label="Lateness tail"
        value={kind}
        options={DELAY_OPTIONS}
        hint={DELAY_LABELS[kind][1]}
        onValue={(v) => apply({ scenario: { lateDelay: { kind: v } } })}
      />
      <Slider
        label="Mean delay of a late order"
        value={mean}
        range={lab.delayMeanRange({ kind, mean, max })}
        spell={spellDuration}
        onValue={(v) => apply({ scenario: { lateDelay: lateDelayPatch(delay(), { mean: v }) } })}
        hint="Can't go above the longest delay; raise that first."
      />
      <Slider
        label="Longest delay"
        value={max}
        range={lab.RANGES.delayMax}
        spell={spellDuration}
        onValue={(v) => apply({ scenario: { lateDelay: lateDelayPatch(delay(), { max: v }) } })}
      />
      {kind === 'lognormal' && (
        <Slider
          label="Tail shape (lognormal sigma)"
          value={sigma}
          range={lab.RANGES.sigma}
          integer={false}
          spell={spellNumber}
          onValue={(v) => apply({ scenario: { lateDelay: { sigma: v } } })}
        />
      )}
      <Slider
        label="Network jitter (on-time orders)"
        value={jitter}
        range={lab.RANGES.jitter}
        spell={spellDuration}
        onValue={(v) => apply({ scenario: { jitter: v } })}
      />
      <Slider
        label="Products"
        value={products}
        range={lab.RANGES.products}
        spell={spellCount('product', 'products')}
        onValue={(v) => apply({ scenario: { products: v } })}
      />
      <Slider
        label="Regions"
        value={regions}
        range={lab.RANGES.regions}
        spell={spellCount('region', 'regions')}
        onValue={(v) => apply({ scenario: regionsPatch(api.getState().settings.scenario, v) })}
        hint="Each region sends its orders to its own partition of the orders topic."
        testId="regions-slider"
      />
      <Outages />
      <IntegerField
        label="Seed (same seed, same orders)"
        value={seed}
        min={Number.MIN_SAFE_INTEGER}
        max={Number.MAX_SAFE_INTEGER}
        onValue={(v) => apply({ scenario: { seed: v } })}
        testId="seed-input"
      >
        <button type="button" onClick={() => apply({ scenario: { seed: nextSeed(seed) } })}>
          New seed
        </button>
      </IntegerField>
      <MoreOrderSettings />
    </Group>
  );
}

/** The outage button, its length, and the list of outages with a way to clear them. */
function Outages() {
  const api = useLabApi();
  const apply = useLab(selectApplySettings);
  const count = useLab(selectOutageCount);
  // The outages array is replaced on every settings change, so this reference is a stable slice.
  const outages = useLab(selectOutages);
  const regions = useLab(selectRegions);
  const [minutes, setMinutes] = useState<number>(5);
  // 0 = a share of every region's sources; 1..regions = that whole region.
  const [region, setRegion] = useState<number>(0);
  const selectId = useId();
  const regionId = useId();
  const listId = useId();
  const chosen = region > 0 && region <= regions ? region : 0;

  const add = () => {
    const { settings, playhead } = api.getState();
    const next = withOutage(settings.scenario, playhead, minutes, chosen || undefined);
    if (next) apply({ scenario: { outages: next } });
  };

  return (
    <div className="ctl-field">
      <div className="ctl-row">
        <button
          type="button"
          onClick={add}
          disabled={count >= scenarios.MAX_OUTAGES}
          aria-describedby={listId}
        >
          {chosen > 0 ? `Region ${chosen}` : 'A region'} goes offline for {minutes}{' '}
          {minutes === 1 ? 'minute' : 'minutes'}
        </button>
        <label htmlFor={selectId} className="ctl-inline-label">
          Outage length
        </label>
        <select
          id={selectId}
          value={minutes}
          onChange={(e) => setMinutes(Number(e.currentTarget.value))}
        >
          {OUTAGE_MINUTES.map((m) => (
            <option key={m} value={m}>
              {m} min
            </option>
          ))}
        </select>
      </div>
      {regions > 1 && (
        <div className="ctl-row">
          <label htmlFor={regionId} className="ctl-inline-label">
            Outage hits
          </label>
          <select
            id={regionId}
            value={chosen}
            data-testid="outage-region"
            onChange={(e) => setRegion(Number(e.currentTarget.value))}
          >
            <option value={0}>30 % of sources in every region</option>
            {Array.from({ length: regions }, (_, i) => (
              <option key={i + 1} value={i + 1}>
                All of region {i + 1}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="ctl-row">
        <p id={listId} className="ctl-hint">
          {count === 0
            ? 'No outages. An outage starts at the playhead (or a third of the way in) and takes 30 % of sources offline.'
            : outages
                .map((o) => outageWords(o, (t) => formatClock(t), formatDuration(o.duration)))
                .join('; ')}
        </p>
        <button
          type="button"
          onClick={() => apply({ scenario: { outages: [] } })}
          disabled={count === 0}
        >
          Clear outages
        </button>
      </div>
    </div>
  );
}
