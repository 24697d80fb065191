// Every existing scenario, seed and link keeps its orders exactly: generateOrders on the lab's
// scenarios and 60 seeded random ones, digested, against digests recorded from the generator
// before regions existed (main at b0d5b35). With `regions: 1` spelled out the orders are the same
// objects, field for field (no `partition` field appears).
// Regenerate only for an intended change of the orders: GOLDEN_UPDATE=1 npx vitest run <this file>.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRng } from '../core/rng';
import { HOUR, MINUTE, SECOND } from '../core/time';
import type { OrderEvent } from '../core/types';
import { generateOrders } from './generate';
import { CURVE_NAMES, DELAY_KINDS, type ScenarioInput } from './scenario';

const GOLDEN = new URL('./generate.golden.json', import.meta.url);

const NAMED: [string, ScenarioInput][] = [
  ['the default scenario', {}],
  [
    'an outage of half the sources at 12:10 for 10 minutes',
    { outages: [{ start: 12 * HOUR + 10 * MINUTE, duration: 10 * MINUTE, share: 0.5 }] },
  ],
  [
    'two overlapping outages, one of every source',
    {
      outages: [
        { start: 12 * HOUR + 5 * MINUTE, duration: 10 * MINUTE, share: 1 },
        { start: 12 * HOUR + 12 * MINUTE, duration: 3 * MINUTE, share: 0.25 },
      ],
    },
  ],
  ['a full day on the daily curve', { curve: 'daily', start: 0, duration: 24 * HOUR, rate: 5 }],
  [
    'lognormal lateness, 26 products, flat customers',
    {
      seed: -17,
      products: 26,
      customerSkew: 0,
      lateShare: 0.5,
      lateDelay: { kind: 'lognormal', mean: MINUTE, max: 20 * MINUTE, sigma: 1.5 },
    },
  ],
];

function randomScenarios(): [string, ScenarioInput][] {
  const rng = createRng(99_173);
  return Array.from({ length: 60 }, (_, i): [string, ScenarioInput] => {
    const outages = Array.from({ length: rng.nextInt(0, 3) }, () => ({
      start: 12 * HOUR + rng.nextInt(0, 30) * MINUTE,
      duration: rng.nextInt(1, 10) * MINUTE,
      share: rng.nextInt(0, 4) / 4,
    }));
    const mean = rng.nextInt(1, 300) * SECOND;
    return [
      `random scenario ${i}`,
      {
        seed: rng.nextInt(-1e9, 1e9),
        duration: rng.nextInt(1, 40) * MINUTE,
        rate: rng.nextInt(1, 200),
        curve: CURVE_NAMES[rng.nextInt(0, 1)]!,
        products: rng.nextInt(1, 26),
        productSkew: rng.nextInt(0, 20) / 10,
        priceNoise: rng.nextInt(0, 10) / 10,
        customers: rng.nextInt(1, 2000),
        customerSkew: rng.nextInt(0, 20) / 10,
        lateShare: rng.nextInt(0, 10) / 10,
        lateDelay: {
          kind: DELAY_KINDS[rng.nextInt(0, 2)]!,
          mean,
          max: mean + rng.nextInt(0, 600) * SECOND,
        },
        jitter: rng.nextInt(0, 5) * SECOND,
        outages,
      },
    ];
  });
}

const digest = (events: OrderEvent[]) =>
  createHash('sha256').update(JSON.stringify(events)).digest('hex');

const cases = [...NAMED, ...randomScenarios()];

if (process.env.GOLDEN_UPDATE === '1') {
  writeFileSync(
    GOLDEN,
    JSON.stringify(
      Object.fromEntries(cases.map(([name, s]) => [name, digest(generateOrders(s))])),
      null,
      2,
    ) + '\n',
  );
}
const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, string>;

describe('generateOrders keeps the orders recorded before regions existed', () => {
  it('has a recorded digest for every case', () => {
    expect(Object.keys(golden)).toEqual(cases.map(([name]) => name));
  });
  it.each(cases)('%s', (name, scenario) => {
    expect(digest(generateOrders(scenario))).toBe(golden[name]);
  });
});
