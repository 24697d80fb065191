// "With one partition everything is exactly as before" (engine-api.md, "Sources and partitions"):
// runStream's output on 400 seeded random inputs and on the lab's own scenarios, digested, against
// digests recorded from the engine before partitions existed (main at b0d5b35). Each case also
// runs with every order marked `partition: 0` and `partitions: 1` spelled out: the same digest.
// Regenerate only for an intended change of behaviour: GOLDEN_UPDATE=1 npx vitest run <this file>.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRng } from '../core/rng';
import { MINUTE, SECOND } from '../core/time';
import type { OrderEvent, Rng, StreamConfig, StreamRun, WindowSpec } from '../core/types';
import { generateOrders } from '../events/generate';
import { streamConfigOf } from '../lab/configs';
import { normalizeLabSettings, type LabSettingsInput } from '../lab/settings';
import { runStream } from './stream';

const GOLDEN = new URL('./stream.golden.json', import.meta.url);
const RANDOM_CASES = 400;

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[rng.nextInt(0, xs.length - 1)]!;

function randomEvents(rng: Rng): OrderEvent[] {
  const n = rng.nextInt(0, 60);
  const out: OrderEvent[] = [];
  for (let id = 0; id < n; id++) {
    const eventTime = rng.nextInt(-20, 200);
    out.push({
      id,
      key: pick(rng, ['a', 'b', 'c']),
      amount: rng.nextInt(1, 100),
      eventTime,
      arrivalTime: eventTime + rng.nextInt(-5, 80),
    });
  }
  return out;
}

function randomWindow(rng: Rng): WindowSpec {
  switch (rng.nextInt(0, 3)) {
    case 0:
      return { kind: 'tumbling', size: rng.nextInt(1, 60) };
    case 1: {
      const slide = rng.nextInt(1, 20);
      return { kind: 'sliding', size: slide * rng.nextInt(1, 4), slide };
    }
    case 2:
      return { kind: 'session', gap: rng.nextInt(1, 30) };
    default:
      return { kind: 'global' };
  }
}

function randomConfig(rng: Rng): StreamConfig {
  const config: StreamConfig = {
    window: randomWindow(rng),
    // Mostly bounded: that is the watermark partitions change.
    watermark:
      rng.nextInt(0, 4) > 0
        ? {
            kind: 'bounded',
            maxOutOfOrderness: rng.nextInt(0, 40),
            interval: rng.nextInt(0, 25),
          }
        : { kind: 'perfect' },
    allowedLateness: rng.nextInt(0, 40),
    accumulation: pick(rng, ['accumulating', 'discarding', 'retracting'] as const),
    flushAtEnd: rng.nextInt(0, 1) === 1,
  };
  const early = rng.nextInt(0, 2);
  const late = rng.nextInt(0, 1);
  if (early > 0 || late > 0) {
    config.trigger = {};
    if (early === 1) config.trigger.early = { every: rng.nextInt(1, 30) };
    if (early === 2) config.trigger.early = { count: rng.nextInt(1, 4) };
    if (late === 1) config.trigger.late = { every: rng.nextInt(1, 30) };
  }
  return config;
}

/** The lab's stream lane on generated orders: defaults, an outage, lateness, sessions, no flush. */
const LAB_CASES: [string, LabSettingsInput][] = [
  ['the defaults', {}],
  [
    'an outage at 12:10 for 10 min, no flush',
    {
      scenario: {
        outages: [{ start: 12 * 60 * MINUTE + 10 * MINUTE, duration: 10 * MINUTE, share: 0.5 }],
      },
      stream: { flushAtEnd: false },
    },
  ],
  [
    'heavy lateness, sliding windows, discarding',
    {
      scenario: { lateShare: 0.6, seed: 3 },
      window: { kind: 'sliding', size: 10 * MINUTE, slide: 5 * MINUTE },
      stream: { accumulation: 'discarding', allowedLateness: 2 * MINUTE },
    },
  ],
  [
    'sessions, no early panes, retracting',
    {
      window: { kind: 'session', gap: 30 * SECOND },
      stream: { earlyEvery: 0, accumulation: 'retracting', watermarkBound: 5 * SECOND },
    },
  ],
];

/** JSON with -Infinity, Infinity and NaN kept apart, and typed arrays as plain arrays. */
function canonical(run: StreamRun): string {
  return JSON.stringify(run, (_k, v: unknown) => {
    if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
    if (v instanceof Float64Array)
      return Array.from(v, (x) => (Number.isFinite(x) ? x : String(x)));
    return v;
  });
}
const digest = (run: StreamRun) => createHash('sha256').update(canonical(run)).digest('hex');

function allCases(): { name: string; events: OrderEvent[]; config: StreamConfig }[] {
  const rng = createRng(20_240_514);
  const cases = Array.from({ length: RANDOM_CASES }, (_, i) => ({
    name: `random case ${i}`,
    events: randomEvents(rng),
    config: randomConfig(rng),
  }));
  for (const [name, input] of LAB_CASES) {
    const settings = normalizeLabSettings(input);
    cases.push({
      name: `lab: ${name}`,
      events: generateOrders(settings.scenario),
      config: streamConfigOf(settings),
    });
  }
  return cases;
}

/** The same input, with every order in partition 0 and the one partition spelled out. */
function onePartition(events: OrderEvent[], config: StreamConfig) {
  const watermark =
    config.watermark.kind === 'bounded' ? { ...config.watermark, partitions: 1 } : config.watermark;
  return {
    events: events.map((e) => ({ ...e, partition: 0 })),
    config: { ...config, watermark },
  };
}

const cases = allCases();

if (process.env.GOLDEN_UPDATE === '1') {
  writeFileSync(
    GOLDEN,
    JSON.stringify(
      Object.fromEntries(cases.map((c) => [c.name, digest(runStream(c.events, c.config))])),
      null,
      2,
    ) + '\n',
  );
}
const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, string>;

describe('runStream with one partition gives exactly the output recorded before partitions', () => {
  it('has a recorded digest for every case', () => {
    expect(Object.keys(golden)).toEqual(cases.map((c) => c.name));
  });
  it.each(cases)('$name', ({ name, events, config }) => {
    expect(digest(runStream(events, config))).toBe(golden[name]);
    const one = onePartition(events, config);
    const run = runStream(one.events, one.config);
    // Dropped orders are the marked copies; compare them as the orders they were made from.
    const byId = new Map(events.map((e) => [e.id, e]));
    expect(digest({ ...run, dropped: run.dropped.map((e) => byId.get(e.id)!) })).toBe(golden[name]);
  });
});
