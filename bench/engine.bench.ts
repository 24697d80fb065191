// The engine on a million orders: each pipeline alone, all four together (the target: under a
// second), the truth, the reservoir and the metrics. The orders are generated once and shared, so
// each case times its own work. Notes show state staying bounded by open windows, not orders seen.
import { benchCase, type BenchCase } from './harness';
import {
  metrics,
  time,
  createReservoir,
  createRng,
  generateOrders,
  groundTruth,
  queryAt,
  runBatch,
  runMicroBatch,
  runStream,
  type MicroBatch,
  type MicroBatchConfig,
  type OrderEvent,
  type StreamConfig,
  type StreamRun,
  type WindowSpec,
} from '../src/engine';

const N = 1_000_000;
/** 1,000 orders a minute for 1,000 minutes over 20 products, default lateness (10% late, mean 2 min). */
const SCENARIO = { seed: 7, rate: 1000, duration: 1000 * time.MINUTE, products: 20 };

let cached: OrderEvent[] | undefined;
/** Generated on first use and shared by every case (setup is outside the timing). */
const orders = (): OrderEvent[] => (cached ??= generateOrders(SCENARIO));
let cachedRegions: OrderEvent[] | undefined;
/** The same orders from 8 regions: each carries its region's partition (0..7). */
const regionOrders = (): OrderEvent[] =>
  (cachedRegions ??= generateOrders({ ...SCENARIO, regions: 8 }));

const TUMBLING: WindowSpec = { kind: 'tumbling', size: time.MINUTE };
const BOUNDED = { kind: 'bounded', maxOutOfOrderness: time.MINUTE } as const;
const STREAM_TUMBLING: StreamConfig = { window: TUMBLING, watermark: BOUNDED, flushAtEnd: true };
const MICRO: MicroBatchConfig = {
  triggerInterval: time.MINUTE,
  window: TUMBLING,
  watermarkDelay: time.MINUTE,
  outputMode: 'update',
};
const NIGHTLY = { period: time.DAY, runDelay: 0, window: TUMBLING };
// Per key the gaps between orders range from ~0.2 s (p1, Zipf-popular) to ~4 s (p20): a 1 s gap
// gives long sessions for the popular products and one- or two-order sessions for the rare ones.
const SESSION: WindowSpec = { kind: 'session', gap: time.SECOND };

const endOf = (events: readonly OrderEvent[]) => events[events.length - 1]!.arrivalTime;
const fmt = (n: number) => n.toLocaleString('en-US');
const microPeak = (batches: readonly MicroBatch[]) =>
  batches.reduce((m, b) => Math.max(m, b.stateSize ?? 0), 0);
const streamNotes = (run: StreamRun) =>
  `peak state ${fmt(run.peakState ?? NaN)}, ${fmt(run.panes.length)} panes, ${fmt(run.dropped.length)} dropped`;

function streamCase(
  name: string,
  config: StreamConfig,
  setup: () => OrderEvent[] = orders,
): BenchCase<OrderEvent[]> {
  return benchCase({
    name,
    items: N,
    setup,
    run: (events) => runStream(events, config),
    notes: (_e, run) => streamNotes(run as StreamRun),
  });
}

export const cases = [
  benchCase({
    name: 'generateOrders 1M (1000/min, 20 products)',
    items: N,
    setup: () => SCENARIO,
    run: (s) => generateOrders(s),
    notes: (_s, events) => `${fmt((events as OrderEvent[]).length)} orders`,
  }),
  streamCase('runStream tumbling 1m, bounded 1m', STREAM_TUMBLING),
  // Per-partition watermarks: the same orders from 8 regions, combined by the minimum (target:
  // >= 0.4x the baseline), then with Flink's idle timeout, which adds emissions without input.
  streamCase('runStream tumbling 1m, bounded 1m, 8 partitions', STREAM_TUMBLING, regionOrders),
  streamCase(
    'runStream tumbling 1m, bounded 1m, 8 partitions, idle 30s',
    { ...STREAM_TUMBLING, watermark: { ...BOUNDED, idleTimeout: 30 * time.SECOND } },
    regionOrders,
  ),
  streamCase('runStream sliding 4m / 1m', {
    ...STREAM_TUMBLING,
    window: { kind: 'sliding', size: 4 * time.MINUTE, slide: time.MINUTE },
  }),
  streamCase('runStream session gap 1s', { ...STREAM_TUMBLING, window: SESSION }),
  benchCase({
    name: 'runMicroBatch tumbling 1m, trigger 1m, update',
    items: N,
    setup: orders,
    run: (events) => runMicroBatch(events, MICRO).batches,
    notes: (_e, b) => {
      const batches = b as MicroBatch[];
      return `peak state ${fmt(microPeak(batches))}, ${fmt(batches.length)} batches`;
    },
  }),
  benchCase({
    name: 'runBatch daily, tumbling 1m',
    items: N,
    setup: orders,
    run: (events) => runBatch(events, NIGHTLY).runs,
    notes: (_e, r) => `${(r as unknown[]).length} runs`,
  }),
  benchCase({
    name: 'queryAt end, tumbling 1m',
    items: N,
    setup: orders,
    run: (events) => queryAt(events, endOf(events), TUMBLING),
    notes: (_e, rows) => `${fmt((rows as unknown[]).length)} rows`,
  }),
  benchCase({
    name: 'groundTruth tumbling 1m',
    items: N,
    setup: orders,
    run: (events) => groundTruth(events, TUMBLING),
    notes: (_e, rows) => `${fmt((rows as unknown[]).length)} rows`,
  }),
  benchCase({
    name: 'all four pipelines (stream + micro-batch + batch + query)',
    items: N,
    setup: orders,
    run: (events) => ({
      stream: runStream(events, STREAM_TUMBLING),
      micro: runMicroBatch(events, MICRO).batches,
      batch: runBatch(events, NIGHTLY).runs,
      query: queryAt(events, endOf(events), TUMBLING),
    }),
    notes: (_e, r) => {
      const { stream, micro } = r as { stream: StreamRun; micro: MicroBatch[] };
      return `target < 1,000 ms; stream peak ${fmt(stream.peakState ?? NaN)}, micro-batch peak ${fmt(microPeak(micro))}`;
    },
  }),
  benchCase({
    name: 'latency metrics, 4 lanes + stats',
    items: N,
    setup: () => {
      const events = orders();
      return {
        events,
        stream: runStream(events, STREAM_TUMBLING),
        micro: runMicroBatch(events, MICRO).batches,
        batch: runBatch(events, NIGHTLY).runs,
      };
    },
    run: ({ events, stream, micro, batch }) => [
      metrics.latencyStats(metrics.streamLatencies(events, stream)),
      metrics.latencyStats(metrics.microBatchLatencies(events, micro, MICRO)),
      metrics.latencyStats(metrics.batchLatencies(events, batch)),
      metrics.latencyStats(metrics.requestLatencies(events, metrics.requestCost(events.length))),
    ],
    notes: (_c, stats) => {
      const p50 = (stats as { p50: number }[]).map((s) => `${Math.round(s.p50 / time.SECOND)}s`);
      return `p50 stream/micro/batch/request ${p50.join(' / ')}`;
    },
  }),
  benchCase({
    name: 'results: index stream emissions, compare at end',
    items: N,
    setup: () => {
      const events = orders();
      return {
        events,
        run: runStream(events, STREAM_TUMBLING),
        truth: groundTruth(events, TUMBLING),
      };
    },
    run: ({ run, truth }) =>
      metrics.indexResults(metrics.streamEmissions(run, 'accumulating'), truth).at(Infinity),
    notes: (_c, cells) => `${fmt((cells as unknown[]).length)} cells`,
  }),
  benchCase({
    name: 'accounting, 3 lanes',
    items: N,
    setup: () => {
      const events = orders();
      return {
        events,
        stream: runStream(events, STREAM_TUMBLING),
        microBatch: runMicroBatch(events, MICRO).batches,
        batch: runBatch(events, NIGHTLY).runs,
      };
    },
    run: ({ events, ...lanes }) => metrics.accounting(events, lanes),
    notes: (_c, a) => {
      const acc = a as ReturnType<typeof metrics.accounting>;
      return `lost: stream ${fmt(acc.stream!.lost.events)}, micro ${fmt(acc.microBatch!.lost.events)}, batch ${fmt(acc.batch!.lost.events)}`;
    },
  }),
  benchCase({
    name: 'reservoir Algorithm R, k = 100',
    items: N,
    setup: () => null,
    run: () => {
      const r = createReservoir<number>(100, createRng(1));
      for (let i = 0; i < N; i++) r.offer(i);
      return r;
    },
    notes: (_c, r) => `${(r as { items(): readonly number[] }).items().length} kept of ${fmt(N)}`,
  }),
];
