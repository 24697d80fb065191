// The rest of the scenario, folded away: when the orders start, how long they run, the daily
// curve, popularity skews, price noise and customers. Rarely changed in class, but every field of
// the scenario stays reachable without editing a URL.
import { useLab } from '../../store/context';
import {
  selectApplySettings,
  selectCurve,
  selectCustomerSkew,
  selectCustomers,
  selectPriceNoise,
  selectProductSkew,
  selectScenarioDuration,
  selectScenarioStart,
} from '../../store/selectors';
import { lab, scenarios, type CurveName } from '../../engine';
import { IntegerField, SelectField, Slider } from './fields';
import { spellClock, spellDuration, spellNumber, spellPercent } from './format';

const CURVE_LABELS: Record<CurveName, [string, string]> = {
  flat: ['Flat', 'The same rate all the time.'],
  daily: ['Daily curve', 'A quiet night, then lunch and evening peaks.'],
};
const CURVE_OPTIONS = scenarios.CURVE_NAMES.map((value) => ({
  value,
  label: CURVE_LABELS[value][0],
}));

export function MoreOrderSettings() {
  const apply = useLab(selectApplySettings);
  const start = useLab(selectScenarioStart);
  const duration = useLab(selectScenarioDuration);
  const curve = useLab(selectCurve);
  const productSkew = useLab(selectProductSkew);
  const priceNoise = useLab(selectPriceNoise);
  const customers = useLab(selectCustomers);
  const customerSkew = useLab(selectCustomerSkew);

  return (
    <details className="ctl-more">
      <summary>More order settings</summary>
      <Slider
        label="Orders start at"
        value={start}
        range={lab.RANGES.startHour}
        spell={spellClock}
        onValue={(v) => apply({ scenario: { start: v } })}
      />
      <Slider
        label="Orders keep coming for"
        value={duration}
        range={lab.RANGES.duration}
        spell={spellDuration}
        onValue={(v) => apply({ scenario: { duration: v } })}
      />
      <SelectField
        label="Rate over the day"
        value={curve}
        options={CURVE_OPTIONS}
        hint={CURVE_LABELS[curve][1]}
        onValue={(v) => apply({ scenario: { curve: v } })}
      />
      <Slider
        label="Product popularity skew"
        value={productSkew}
        range={lab.RANGES.productSkew}
        integer={false}
        spell={spellNumber}
        onValue={(v) => apply({ scenario: { productSkew: v } })}
        hint="0: every product equally popular; 1: p1 sells twice as often as p2."
      />
      <Slider
        label="Price noise"
        value={priceNoise}
        range={lab.RANGES.priceNoise}
        integer={false}
        spell={spellPercent}
        onValue={(v) => apply({ scenario: { priceNoise: v } })}
      />
      <IntegerField
        label="Customers"
        value={customers}
        min={1}
        max={scenarios.MAX_CUSTOMERS}
        onValue={(v) => apply({ scenario: { customers: v } })}
      />
      <Slider
        label="Customer activity skew"
        value={customerSkew}
        range={lab.RANGES.customerSkew}
        integer={false}
        spell={spellNumber}
        onValue={(v) => apply({ scenario: { customerSkew: v } })}
      />
    </details>
  );
}
