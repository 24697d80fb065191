// What the order generator makes: a small, flat JSON object the URL can carry. Every field is
// checked by normalizeScenario with a message naming the field, so a hand-edited link fails
// with "invalid lateShare: 1.5 (must be between 0 and 1)" rather than with strange events.
import { HOUR, MINUTE, SECOND } from '../core/time';
import {
  EngineInputError,
  finiteNumber,
  fraction,
  nonNegative,
  oneOf,
  positive,
} from '../core/validate';

/** Units, for readers of a scenario: all times are ms since 00:00 of day 0. */
export const TIME_UNIT = 'ms';
/** Amounts and prices are integer cents. */
export const AMOUNT_UNIT = 'cents';
/** `rate` counts orders per this many ms (a minute). */
export const RATE_PER = MINUTE;
/** Products are named p1..p26 at most. */
export const MAX_PRODUCTS = 26;
/** Customer ids run 1..customers; the cap keeps the popularity table small (8 MB). */
export const MAX_CUSTOMERS = 1_000_000;
/** rate × duration may ask for at most this many orders (on average), to protect the page. */
export const MAX_EXPECTED_ORDERS = 5_000_000;
/** Outages per scenario. */
export const MAX_OUTAGES = 20;
/** Regions (source partitions of the `orders` topic) a scenario may have. */
export const MAX_REGIONS = 8;
/** Zipf exponents (productSkew, customerSkew) go up to this; beyond it everything is rank 1. */
export const MAX_SKEW = 10;
/** Lognormal shape parameter cap; sigma = 3 already puts most mass near 0 and a huge tail. */
export const MAX_SIGMA = 3;

/**
 * Base price of p1..p26 in integer cents. A fixed table rather than seed-derived, so "p1" costs
 * the same in every scenario and a learner can check a sum by hand.
 */
export const PRODUCT_PRICES: readonly number[] = Object.freeze([
  1250, 899, 2450, 599, 3999, 1575, 749, 4500, 1099, 2999, 650, 1899, 3250, 999, 5499, 1349, 799,
  2199, 4299, 1150, 2750, 699, 3599, 1699, 899, 6999,
]);

export type CurveName = 'flat' | 'daily';
export const CURVE_NAMES: readonly CurveName[] = ['flat', 'daily'];

export type DelayKind = 'exponential' | 'uniform' | 'lognormal';
export const DELAY_KINDS: readonly DelayKind[] = ['exponential', 'uniform', 'lognormal'];

/**
 * How much later than its event time a late order arrives (ms). Every kind has the given
 * `mean` before clamping and is clamped at `max`:
 * - exponential: rate 1/mean;
 * - uniform: on [0, 2 * mean];
 * - lognormal: shape `sigma` (default 1), scale chosen so that the mean is `mean`.
 */
export interface LateDelay {
  kind: DelayKind;
  mean: number;
  max: number;
  sigma?: number;
}

/**
 * A share of the sources (customers' devices) goes offline during `[start, start + duration)`.
 * What they would have delivered then arrives when the outage ends, plus up to `jitter` ms.
 * With `region`, only that region's sources go offline (share 1: the whole region).
 */
export interface Outage {
  start: number;
  duration: number;
  share: number;
  /** The region (1..regions) taken offline; absent = sources in every region. */
  region?: number;
}

/** Everything the order generator needs. See `defaultScenario` for typical values. */
export interface Scenario {
  /** Fixes every random draw: same seed, same orders. A safe integer. */
  seed: number;
  /** First possible event time, ms since 00:00 of day 0 (integer >= 0). */
  start: number;
  /** Event times fall in [start, start + duration) (integer ms > 0). */
  duration: number;
  /** Orders per minute on average; with the daily curve, the average over a whole day. */
  rate: number;
  /** 'flat': constant rate; 'daily': quiet night, lunch and evening peaks. */
  curve: CurveName;
  /** How many products (p1..pN), 1..26. */
  products: number;
  /** Zipf exponent of product popularity: 0 = all equal, 1 = p1 twice as popular as p2. */
  productSkew: number;
  /** Amount = base price × (1 ± priceNoise), uniform, rounded to cents, at least 1 cent. */
  priceNoise: number;
  /** How many distinct customers (ids 1..customers). */
  customers: number;
  /** Zipf exponent of customer activity (customer 1 orders most). */
  customerSkew: number;
  /** Share of orders that arrive late (0..1). */
  lateShare: number;
  /** Delay distribution of late orders. */
  lateDelay: LateDelay;
  /** On-time orders arrive up to this many ms after their event time (uniform, integer ms). */
  jitter: number;
  /** Periods during which some sources are offline. */
  outages: Outage[];
  /**
   * Regions 1..regions; each customer lives in one, and region r's orders go to partition r - 1
   * of the `orders` topic (OrderEvent.partition). 1 (the default) adds no partition field.
   */
  regions: number;
}

/** What normalizeScenario accepts: any field may be left out (it takes the default's value). */
export interface ScenarioInput {
  seed?: number;
  start?: number;
  duration?: number;
  rate?: number;
  /** A curve name, or true for 'daily' and false for 'flat'. */
  curve?: CurveName | boolean;
  products?: number;
  productSkew?: number;
  priceNoise?: number;
  customers?: number;
  customerSkew?: number;
  lateShare?: number;
  lateDelay?: Partial<LateDelay>;
  jitter?: number;
  outages?: Outage[];
  regions?: number;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/**
 * The classroom opener: half an hour of lunch-time orders from 12:00, about 60 a minute over
 * five products, 10% of them late (exponential, mean 2 min, at most 10 min), 2 s of network
 * jitter, no outage. Frozen: copy it before changing a field.
 */
export const defaultScenario: Scenario = deepFreeze({
  seed: 42,
  start: 12 * HOUR,
  duration: 30 * MINUTE,
  rate: 60,
  curve: 'flat',
  products: 5,
  productSkew: 1,
  priceNoise: 0.2,
  customers: 500,
  customerSkew: 0.6,
  lateShare: 0.1,
  lateDelay: { kind: 'exponential', mean: 2 * MINUTE, max: 10 * MINUTE },
  jitter: 2 * SECOND,
  outages: [],
  regions: 1,
});

const SCENARIO_FIELDS = Object.keys(defaultScenario) as (keyof Scenario)[];
const DELAY_FIELDS = ['kind', 'mean', 'max', 'sigma'];
const OUTAGE_FIELDS = ['start', 'duration', 'share', 'region'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function rejectUnknown(obj: Record<string, unknown>, known: readonly string[], where: string) {
  for (const k of Object.keys(obj)) {
    if (!known.includes(k)) {
      throw new EngineInputError(
        `invalid ${where} field: ${JSON.stringify(k)} (unknown; known fields are ${known.join(', ')})`,
      );
    }
  }
}

function integer(value: unknown, what: string): number {
  const n = finiteNumber(value, what);
  if (!Number.isSafeInteger(n)) {
    throw new EngineInputError(`invalid ${what}: ${n} (must be an integer)`);
  }
  return n;
}

function integerBetween(value: unknown, min: number, max: number, what: string): number {
  const n = finiteNumber(value, what);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new EngineInputError(`invalid ${what}: ${n} (must be an integer from ${min} to ${max})`);
  }
  return n;
}

function atMost(value: number, max: number, what: string): number {
  if (value > max) throw new EngineInputError(`invalid ${what}: ${value} (must be <= ${max})`);
  return value;
}

function normalizeDelay(value: unknown): LateDelay {
  if (value === undefined) return { ...defaultScenario.lateDelay };
  if (!isRecord(value)) {
    throw new EngineInputError(
      `invalid lateDelay: ${JSON.stringify(value)} (must be an object {kind, mean, max})`,
    );
  }
  rejectUnknown(value, DELAY_FIELDS, 'lateDelay');
  const d = { ...defaultScenario.lateDelay, ...value };
  const kind = oneOf(d.kind, DELAY_KINDS, 'lateDelay.kind');
  const mean = integer(positive(d.mean, 'lateDelay.mean'), 'lateDelay.mean');
  const max = integer(finiteNumber(d.max, 'lateDelay.max'), 'lateDelay.max');
  if (max < mean) {
    throw new EngineInputError(`invalid lateDelay.max: ${max} (must be >= lateDelay.mean ${mean})`);
  }
  const out: LateDelay = { kind, mean, max };
  if (d.sigma !== undefined || kind === 'lognormal') {
    out.sigma = atMost(positive(d.sigma ?? 1, 'lateDelay.sigma'), MAX_SIGMA, 'lateDelay.sigma');
  }
  return out;
}

function normalizeOutages(value: unknown, regions: number): Outage[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    throw new EngineInputError(`invalid outages: ${JSON.stringify(value)} (must be an array)`);
  }
  if (value.length > MAX_OUTAGES) {
    throw new EngineInputError(
      `invalid outages: ${value.length} outages (must be at most ${MAX_OUTAGES})`,
    );
  }
  return value.map((o: unknown, i) => {
    const where = `outages[${i}]`;
    if (!isRecord(o)) {
      throw new EngineInputError(
        `invalid ${where}: ${JSON.stringify(o)} (must be an object {start, duration, share})`,
      );
    }
    rejectUnknown(o, OUTAGE_FIELDS, where);
    const start = integer(nonNegative(o.start, `${where}.start`), `${where}.start`);
    const duration = integer(positive(o.duration, `${where}.duration`), `${where}.duration`);
    const share = fraction(o.share, `${where}.share`);
    const outage: Outage = { start, duration, share };
    if (o.region !== undefined) {
      const r = finiteNumber(o.region, `${where}.region`);
      if (!Number.isInteger(r) || r < 1 || r > regions) {
        throw new EngineInputError(
          `invalid ${where}.region: ${r} (must be an integer from 1 to ${regions}: the scenario has ${regions} region${regions === 1 ? '' : 's'})`,
        );
      }
      outage.region = r;
    }
    return outage;
  });
}

/**
 * Checks a scenario and returns a complete, fresh copy. Missing fields take `defaultScenario`'s
 * values (so a URL need only carry what differs); unknown fields and bad values throw
 * EngineInputError naming the field, its value and the rule, e.g.
 * `invalid rate: -5 (must be > 0)` or `invalid lateDelay.max: 60000 (must be >= lateDelay.mean 120000)`.
 */
export function normalizeScenario(input: ScenarioInput | Scenario = {}): Scenario {
  if (!isRecord(input)) {
    throw new EngineInputError(`invalid scenario: ${JSON.stringify(input)} (must be an object)`);
  }
  rejectUnknown(input, SCENARIO_FIELDS, 'scenario');
  const s = { ...defaultScenario, ...input } as Record<keyof Scenario, unknown>;

  const seed = finiteNumber(s.seed, 'seed');
  if (!Number.isSafeInteger(seed)) {
    throw new EngineInputError(`invalid seed: ${seed} (must be a safe integer)`);
  }
  const start = integer(nonNegative(s.start, 'start'), 'start');
  const duration = integer(positive(s.duration, 'duration'), 'duration');
  const rate = positive(s.rate, 'rate');
  const expected = (rate * duration) / RATE_PER;
  if (expected > MAX_EXPECTED_ORDERS) {
    throw new EngineInputError(
      `invalid rate: ${rate} (with duration ${duration} it makes about ${Math.round(expected)} orders; the limit is ${MAX_EXPECTED_ORDERS})`,
    );
  }
  const curve =
    typeof s.curve === 'boolean'
      ? s.curve
        ? 'daily'
        : 'flat'
      : oneOf(s.curve, CURVE_NAMES, 'curve');
  const products = integerBetween(s.products, 1, MAX_PRODUCTS, 'products');
  const productSkew = atMost(nonNegative(s.productSkew, 'productSkew'), MAX_SKEW, 'productSkew');
  const priceNoise = fraction(s.priceNoise, 'priceNoise');
  const customers = integerBetween(s.customers, 1, MAX_CUSTOMERS, 'customers');
  const customerSkew = atMost(
    nonNegative(s.customerSkew, 'customerSkew'),
    MAX_SKEW,
    'customerSkew',
  );
  const lateShare = fraction(s.lateShare, 'lateShare');
  const lateDelay = normalizeDelay(input.lateDelay);
  const jitter = integer(nonNegative(s.jitter, 'jitter'), 'jitter');
  const regions = integerBetween(s.regions, 1, MAX_REGIONS, 'regions');
  const outages = normalizeOutages(input.outages, regions);

  return {
    seed,
    start,
    duration,
    rate,
    curve,
    products,
    productSkew,
    priceNoise,
    customers,
    customerSkew,
    lateShare,
    lateDelay,
    jitter,
    outages,
    regions,
  };
}
