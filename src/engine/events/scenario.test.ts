// normalizeScenario: the gate every generated stream passes. Defaults fill what a URL leaves out;
// every bad field fails with a message naming the field, the value and the rule.
import { describe, expect, it } from 'vitest';
import { HOUR, MINUTE, SECOND } from '../core/time';
import { EngineInputError } from '../core/validate';
import {
  defaultScenario,
  MAX_EXPECTED_ORDERS,
  normalizeScenario,
  PRODUCT_PRICES,
  type ScenarioInput,
} from './scenario';

describe('defaultScenario', () => {
  it('opens with 30 minutes of ~60 orders a minute from 12:00, 10% late, 2 s jitter, no outage', () => {
    expect(defaultScenario).toMatchObject({
      start: 12 * HOUR,
      duration: 30 * MINUTE,
      rate: 60,
      products: 5,
      lateShare: 0.1,
      lateDelay: { kind: 'exponential', mean: 2 * MINUTE, max: 10 * MINUTE },
      jitter: 2 * SECOND,
      outages: [],
    });
  });

  it('is frozen, so nobody edits the opener by accident', () => {
    expect(Object.isFrozen(defaultScenario)).toBe(true);
    expect(Object.isFrozen(defaultScenario.lateDelay)).toBe(true);
    expect(Object.isFrozen(defaultScenario.outages)).toBe(true);
  });

  it('passes its own validation unchanged', () => {
    expect(normalizeScenario(defaultScenario)).toEqual(defaultScenario);
  });

  it('prices 26 products in positive integer cents', () => {
    expect(PRODUCT_PRICES).toHaveLength(26);
    for (const p of PRODUCT_PRICES) expect(Number.isInteger(p) && p > 0).toBe(true);
  });
});

describe('normalizeScenario(input)', () => {
  it('fills missing fields from defaultScenario and returns a fresh object', () => {
    const s = normalizeScenario({ rate: 10 });
    expect(s).toEqual({ ...defaultScenario, rate: 10 });
    expect(s.outages).not.toBe(defaultScenario.outages);
    expect(s.lateDelay).not.toBe(defaultScenario.lateDelay);
    expect(normalizeScenario()).toEqual(defaultScenario);
  });

  it('reads curve true as daily and false as flat', () => {
    expect(normalizeScenario({ curve: true }).curve).toBe('daily');
    expect(normalizeScenario({ curve: false }).curve).toBe('flat');
    expect(normalizeScenario({ curve: 'daily' }).curve).toBe('daily');
  });

  it('merges a partial lateDelay with the default one', () => {
    expect(normalizeScenario({ lateDelay: { kind: 'uniform' } }).lateDelay).toEqual({
      kind: 'uniform',
      mean: 2 * MINUTE,
      max: 10 * MINUTE,
    });
  });

  it('gives lognormal delays sigma 1 unless told otherwise', () => {
    expect(normalizeScenario({ lateDelay: { kind: 'lognormal' } }).lateDelay.sigma).toBe(1);
    expect(
      normalizeScenario({ lateDelay: { kind: 'lognormal', sigma: 0.5 } }).lateDelay.sigma,
    ).toBe(0.5);
  });

  it('accepts the exact boundaries: lateShare 0 and 1, jitter 0, max == mean, 1 and 26 products', () => {
    expect(() =>
      normalizeScenario({
        lateShare: 0,
        jitter: 0,
        products: 1,
        lateDelay: { mean: 1000, max: 1000 },
      }),
    ).not.toThrow();
    expect(() => normalizeScenario({ lateShare: 1, products: 26, priceNoise: 1 })).not.toThrow();
    expect(() =>
      normalizeScenario({ outages: [{ start: 0, duration: 1, share: 1 }] }),
    ).not.toThrow();
  });

  it('keeps outages as given (a copy)', () => {
    const outages = [{ start: 5 * MINUTE, duration: MINUTE, share: 0.5 }];
    const s = normalizeScenario({ outages });
    expect(s.outages).toEqual(outages);
    expect(s.outages).not.toBe(outages);
  });

  const bad: [string, unknown, string][] = [
    ['NaN seed', { seed: NaN }, 'invalid seed: NaN (must be a finite number)'],
    ['fractional seed', { seed: 1.5 }, 'invalid seed: 1.5 (must be a safe integer)'],
    ['negative start', { start: -1 }, 'invalid start: -1 (must be >= 0)'],
    ['fractional start', { start: 0.5 }, 'invalid start: 0.5 (must be an integer)'],
    ['duration 0', { duration: 0 }, 'invalid duration: 0 (must be > 0)'],
    [
      'infinite duration',
      { duration: Infinity },
      'invalid duration: Infinity (must be a finite number)',
    ],
    ['negative rate', { rate: -5 }, 'invalid rate: -5 (must be > 0)'],
    ['rate 0', { rate: 0 }, 'invalid rate: 0 (must be > 0)'],
    ['rate as a string', { rate: '60' }, 'invalid rate: "60" (must be a finite number)'],
    ['unknown curve', { curve: 'weekly' }, 'invalid curve: "weekly" (must be one of flat, daily)'],
    ['0 products', { products: 0 }, 'invalid products: 0 (must be an integer from 1 to 26)'],
    ['27 products', { products: 27 }, 'invalid products: 27 (must be an integer from 1 to 26)'],
    ['negative productSkew', { productSkew: -1 }, 'invalid productSkew: -1 (must be >= 0)'],
    ['huge productSkew', { productSkew: 11 }, 'invalid productSkew: 11 (must be <= 10)'],
    ['priceNoise 1.2', { priceNoise: 1.2 }, 'invalid priceNoise: 1.2 (must be between 0 and 1)'],
    [
      '0 customers',
      { customers: 0 },
      'invalid customers: 0 (must be an integer from 1 to 1000000)',
    ],
    ['negative customerSkew', { customerSkew: -0.5 }, 'invalid customerSkew: -0.5 (must be >= 0)'],
    ['lateShare 1.5', { lateShare: 1.5 }, 'invalid lateShare: 1.5 (must be between 0 and 1)'],
    ['lateShare -0.1', { lateShare: -0.1 }, 'invalid lateShare: -0.1 (must be between 0 and 1)'],
    [
      'unknown delay kind',
      { lateDelay: { kind: 'pareto' } },
      'invalid lateDelay.kind: "pareto" (must be one of exponential, uniform, lognormal)',
    ],
    ['delay mean 0', { lateDelay: { mean: 0 } }, 'invalid lateDelay.mean: 0 (must be > 0)'],
    [
      'max < mean',
      { lateDelay: { mean: 120000, max: 60000 } },
      'invalid lateDelay.max: 60000 (must be >= lateDelay.mean 120000)',
    ],
    [
      'sigma 0',
      { lateDelay: { kind: 'lognormal', sigma: 0 } },
      'invalid lateDelay.sigma: 0 (must be > 0)',
    ],
    [
      'sigma 4',
      { lateDelay: { kind: 'lognormal', sigma: 4 } },
      'invalid lateDelay.sigma: 4 (must be <= 3)',
    ],
    [
      'lateDelay not an object',
      { lateDelay: 5 },
      'invalid lateDelay: 5 (must be an object {kind, mean, max})',
    ],
    ['negative jitter', { jitter: -1 }, 'invalid jitter: -1 (must be >= 0)'],
    ['outages not an array', { outages: {} }, 'invalid outages: {} (must be an array)'],
    [
      'outage with negative duration',
      { outages: [{ start: 0, duration: -5, share: 0.5 }] },
      'invalid outages[0].duration: -5 (must be > 0)',
    ],
    [
      'outage share 2',
      {
        outages: [
          { start: 0, duration: 5, share: 0.5 },
          { start: 0, duration: 5, share: 2 },
        ],
      },
      'invalid outages[1].share: 2 (must be between 0 and 1)',
    ],
    [
      'outage without start',
      { outages: [{ duration: 5, share: 0.5 }] },
      'invalid outages[0].start: undefined (must be a finite number)',
    ],
    [
      'unknown field',
      { lateshare: 0.2 },
      'invalid scenario field: "lateshare" (unknown; known fields are seed, start, duration, rate',
    ],
    [
      'unknown outage field',
      { outages: [{ start: 0, duration: 5, share: 0.5, end: 9 }] },
      'invalid outages[0] field: "end" (unknown; known fields are start, duration, share, region)',
    ],
    ['not an object', 42, 'invalid scenario: 42 (must be an object)'],
  ];
  it.each(bad)('rejects %s', (_name, input, message) => {
    expect(() => normalizeScenario(input as ScenarioInput)).toThrow(EngineInputError);
    expect(() => normalizeScenario(input as ScenarioInput)).toThrow(message);
  });

  it(`rejects a rate and duration that would make more than ${MAX_EXPECTED_ORDERS} orders`, () => {
    expect(() => normalizeScenario({ rate: 10_000, duration: 1000 * MINUTE })).toThrow(
      'invalid rate: 10000 (with duration 60000000 it makes about 10000000 orders; the limit is 5000000)',
    );
    expect(() => normalizeScenario({ rate: 5000, duration: 1000 * MINUTE })).not.toThrow();
  });
});
