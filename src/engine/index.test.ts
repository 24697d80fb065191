// The engine's surface: the contract's names (engine-api.md) flat, everything else in a namespace
// named after what it holds. The lists below are the whole surface, so a stray flat export, a
// new namespace or a name moving between namespaces fails here and gets a second look.
// Types are checked by the compiler through the `satisfies` lines; values at run time.
import { describe, expect, it } from 'vitest';
import * as engine from './index';
import * as summaries from './summaries';
import type {
  BatchConfig,
  BatchRun,
  MicroBatch,
  MicroBatchConfig,
  OrderEvent,
  Pane,
  Reservoir,
  Rng,
  Row,
  Scenario,
  StreamConfig,
  StreamRun,
  WatermarkSpec,
  WindowRef,
  WindowSpec,
} from './index';

const CONTRACT_FUNCTIONS = [
  'assignWindows',
  'runStream',
  'runMicroBatch',
  'runBatch',
  'queryAt',
  'groundTruth',
  'generateOrders',
  'createRng',
  'createReservoir',
] as const;

/** The contract's values, flat; nothing else is. */
const CONTRACT_VALUES = [...CONTRACT_FUNCTIONS, 'defaultScenario', 'EngineInputError'] as const;

/** Every namespace and everything in it. */
const NAMESPACES: Record<string, string[]> = {
  guarantees: [
    'GUARANTEES',
    'JOB_CHANGES',
    'REVENUE_FORMULAS',
    'TAX_RATE',
    'buildJob',
    'checkpointOf',
    'checkpointsBetween',
    'crashAndRecover',
    'jobStart',
    'jobWindow',
    'lambdaAt',
    'lambdaTimeline',
    'lastCheckpointBefore',
    'logOf',
    'mergeRows',
    'offsetAt',
    'planBackfill',
    'resumeFromSavepoint',
    'revenueOf',
    'stateAt',
    'stateByKey',
    'totalsOf',
    'truthOf',
    'watermarkBefore',
  ],
  io: [
    'BOOTSTRAP',
    'DEFAULT_LIMITS',
    'EVENT_FIELDS',
    'RESULT_FIELDS',
    'TOPIC',
    'clockSkew',
    'createEventImport',
    'eventsToCsv',
    'eventsToJsonl',
    'importEvents',
    'isoFromMs',
    'msFromIso',
    'resultsToCsv',
    'resultsToJsonl',
  ],
  lab: [
    'ACCUMULATIONS',
    'BATCH_SCHEDULES',
    'LANES',
    'LATE_ROW_FILTERS',
    'MAX_COMPLETE_ROWS',
    'MAX_LINK_ORDERS',
    'OUTPUT_MODES',
    'RANGES',
    'STREAM_FLAVOURS',
    'STREAM_WORDS',
    'WATERMARK_INTERVAL',
    'batchConfigOf',
    'batchRanges',
    'completeModeRows',
    'defaultLabSettings',
    'delayMeanRange',
    'indexRun',
    'mergeSettings',
    'microBatchConfigOf',
    'normalizeLabSettings',
    'runLab',
    'slideRange',
    'streamConfigOf',
  ],
  metrics: [
    'QUERY_FIXED_MS',
    'QUERY_MS_PER_ROW',
    'accounting',
    'batchEmissions',
    'batchLatencies',
    'batchState',
    'compareToTruth',
    'complexityOf',
    'holdAt',
    'indexResults',
    'lastOrderBefore',
    'latencyStats',
    'lossTimes',
    'lostBy',
    'microBatchEmissions',
    'microBatchLatencies',
    'microBatchState',
    'peak',
    'percentile',
    'requestCost',
    'requestLatencies',
    'streamEmissions',
    'streamLatencies',
    'streamState',
    'windowHolds',
  ],
  pipelines: ['kafkaStreamTime', 'kafkaStreamsStreamConfig', 'rerunBatch', 'runKafkaStreams'],
  scenarios: [
    'AMOUNT_UNIT',
    'CURVE_NAMES',
    'DELAY_KINDS',
    'MAX_CUSTOMERS',
    'MAX_EXPECTED_ORDERS',
    'MAX_OUTAGES',
    'MAX_PRODUCTS',
    'MAX_REGIONS',
    'MAX_SIGMA',
    'MAX_SKEW',
    'PRODUCT_PRICES',
    'RATE_PER',
    'TIME_UNIT',
    'normalizeScenario',
  ],
  time: [
    'DAY',
    'HOUR',
    'MINUTE',
    'SECOND',
    'compareTimes',
    'countAtOrBefore',
    'countBefore',
    'lastAtOrBefore',
    'lastBefore',
    'nextAfter',
  ],
  windows: ['GLOBAL_WINDOW', 'assignNormalized', 'normalizeWindow', 'windowId', 'windowStart'],
};

describe('the engine index', () => {
  it('exports every contract function', () => {
    for (const name of CONTRACT_FUNCTIONS) expect(typeof engine[name], name).toBe('function');
  });

  it('exports the contract flat, and beside it only the namespaces', () => {
    expect(Object.keys(engine).sort()).toEqual(
      [...CONTRACT_VALUES, ...Object.keys(NAMESPACES)].sort(),
    );
    expect(typeof engine.EngineInputError).toBe('function');
    expect(typeof engine.defaultScenario).toBe('object');
    expect(Object.isFrozen(engine.defaultScenario)).toBe(true);
  });

  it('holds in each namespace exactly the names listed, none of them also flat or elsewhere', () => {
    const seen = new Set<string>(CONTRACT_VALUES);
    for (const [name, members] of Object.entries(NAMESPACES)) {
      const ns = (engine as unknown as Record<string, Record<string, unknown>>)[name]!;
      expect(Object.keys(ns).sort(), name).toEqual(members);
      for (const m of members) {
        expect(seen.has(m), `${name}.${m} is exported twice`).toBe(false);
        seen.add(m);
      }
    }
  });

  it('gives the time units in milliseconds and runs the lab through its namespace', () => {
    const { SECOND, MINUTE, HOUR, DAY } = engine.time;
    expect([SECOND, MINUTE, HOUR, DAY]).toEqual([1_000, 60_000, 3_600_000, 86_400_000]);
    const run = engine.lab.runLab(engine.lab.defaultLabSettings);
    expect(run.settings).toEqual(engine.lab.normalizeLabSettings(engine.lab.defaultLabSettings));
  });

  it('exports the contract types (checked by the compiler)', () => {
    const w: WindowRef = { start: 0, end: 1 };
    const row = { key: 'p1', window: w, value: 1, count: 1 } satisfies Row;
    const event = {
      id: 0,
      key: 'p1',
      amount: 1,
      eventTime: 0,
      arrivalTime: 0,
    } satisfies OrderEvent;
    const spec = { kind: 'tumbling', size: 1 } satisfies WindowSpec;
    const wm = { kind: 'perfect' } satisfies WatermarkSpec;
    const sc = { window: spec, watermark: wm } satisfies StreamConfig;
    const mc = {
      triggerInterval: 1,
      window: spec,
      watermarkDelay: 0,
      outputMode: 'update',
    } satisfies MicroBatchConfig;
    const bc = { period: 1, runDelay: 0 } satisfies BatchConfig;
    const run: StreamRun = engine.runStream([event], sc);
    const pane: Pane | undefined = run.panes[0];
    const batches: MicroBatch[] = engine.runMicroBatch([event], mc).batches;
    const runs: BatchRun[] = engine.runBatch([event], bc).runs;
    const rng: Rng = engine.createRng(1);
    const reservoir: Reservoir<number> = engine.createReservoir(2, rng);
    const scenario: Scenario = engine.defaultScenario;
    expect([row.value, pane?.value, batches.length, runs.length, reservoir.seen()]).toEqual([
      1, 1, 1, 1, 0,
    ]);
    expect(scenario.seed).toBe(42);
  });
});

describe("the engine's summaries surface", () => {
  it('holds the sampling namespace apart from the index, so the first download does not carry it', () => {
    expect(Object.keys(summaries)).toEqual(['sampling']);
    expect(Object.keys(summaries.sampling).sort()).toEqual([
      'chiSquare',
      'countingRng',
      'createCountedReservoir',
      'createHyperLogLog',
      'createReservoirL',
      'createSpaceSaving',
      'everyNth',
      'firstK',
      'fixedProbability',
      'gammaQ',
      'hashValue',
      'inclusionTrials',
      'splitHash',
    ]);
    expect(Object.keys(engine)).not.toContain('sampling');
  });
});
