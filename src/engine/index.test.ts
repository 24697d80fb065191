// The contract stays public: every name engine-api.md promises is importable from './index'.
// Types are checked by the compiler through the `satisfies` lines; values at run time.
import { describe, expect, it } from 'vitest';
import * as engine from './index';
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

const ADDED_FUNCTIONS = [
  'rerunBatch',
  'normalizeScenario',
  'complexityOf',
  'latencyStats',
  'streamLatencies',
  'microBatchLatencies',
  'batchLatencies',
  'requestLatencies',
  'requestCost',
  'streamEmissions',
  'microBatchEmissions',
  'batchEmissions',
  'compareToTruth',
  'indexResults',
  'accounting',
  'streamState',
  'microBatchState',
  'batchState',
  'peak',
  'normalizeLabSettings',
  'runLab',
  'EngineInputError',
] as const;

describe('the engine index', () => {
  it('exports every contract function', () => {
    for (const name of CONTRACT_FUNCTIONS) expect(typeof engine[name], name).toBe('function');
  });

  it('exports defaultScenario as a frozen object and the time constants', () => {
    expect(typeof engine.defaultScenario).toBe('object');
    expect(Object.isFrozen(engine.defaultScenario)).toBe(true);
    expect([engine.SECOND, engine.MINUTE, engine.HOUR, engine.DAY]).toEqual([
      1_000, 60_000, 3_600_000, 86_400_000,
    ]);
  });

  it('exports the added functions: re-runs, validation, metrics, the lab', () => {
    for (const name of ADDED_FUNCTIONS) expect(typeof engine[name], name).toBe('function');
    expect(typeof engine.defaultLabSettings).toBe('object');
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
