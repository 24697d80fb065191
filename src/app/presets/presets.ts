// The classroom presets, in menu order (keys 1-9 pick them by position). Each is a scenario
// built to show one idea, a question to predict, and pause points that reveal the answer.
// To add one: put it in PRESETS (and its id in ./ids.ts, in the same place) with a test in
// presets.test.ts that its run shows the lesson.
import { lab, time, type LabSettingsInput } from '../../engine';
import { lessonFacts, orders, wait } from './facts';
import { formatCount } from '../../format/count';
import { backfillAnswer, bugFoundMoment, crashAnswer, crashMoment } from './guarantees';
import { afterFirstBatch, afterOrders, afterOutage } from './moments';
import { lateInOutage, regionFacts, windowsHeldAt } from './regions';
import type { ClassroomPreset } from './types';

/** "Why is my window empty?": three regions, region 3 offline 12:10-12:20, no late orders. */
const REGION_OUTAGE = {
  scenario: {
    lateShare: 0,
    regions: 3,
    outages: [
      { start: 12 * time.HOUR + 10 * time.MINUTE, duration: 10 * time.MINUTE, share: 1, region: 3 },
    ],
  },
  stream: { earlyEvery: 0 },
} satisfies LabSettingsInput;

export const PRESETS: readonly ClassroomPreset[] = [
  {
    id: 'on-time',
    title: 'Everything on time',
    steps: [
      {
        title: 'Everything on time',
        patch: { scenario: { lateShare: 0 } },
        question:
          'No order is late today. Will all four lanes end with the true totals, and which one answers first?',
        pauses: [
          {
            at: afterOrders,
            show: { kind: 'chart' },
            reveal: (run) => {
              const f = lessonFacts(run);
              return `The stream answered within ${wait(f.addedP50.stream)} and the micro-batch within ${wait(f.addedP50.microbatch)}; both already match the truth. The nightly job has not run yet: press play to see it.`;
            },
          },
          {
            at: afterFirstBatch,
            show: { kind: 'lanes', lanes: ['batch'] },
            reveal: (run) =>
              `The nightly job ran ${wait(lessonFacts(run).addedP50.batch)} after a typical order and got the same totals. With nothing late, all four lanes agree: they differ only in when they answer.`,
          },
        ],
      },
    ],
  },
  {
    id: 'stragglers',
    title: 'A few stragglers',
    steps: [
      {
        title: 'A few stragglers',
        patch: {
          scenario: {
            lateShare: 0.05,
            lateDelay: { kind: 'exponential', mean: 3 * time.MINUTE, max: 10 * time.MINUTE },
          },
          stream: { watermarkBound: 30 * time.SECOND },
        },
        question:
          'Five orders in a hundred arrive a few minutes late. Which lanes will count them in the end?',
        pauses: [
          {
            at: afterOrders,
            show: { kind: 'lanes', lanes: ['stream'] },
            reveal: (run) => {
              const f = lessonFacts(run);
              return `The stream dropped ${orders(f.streamDropped)} (crosses): its watermark, ${wait(run.settings.stream.watermarkBound)} behind the newest order, had closed their windows. The micro-batch dropped ${orders(f.microDropped)}. Press play for the nightly job.`;
            },
          },
          {
            at: afterFirstBatch,
            show: { kind: 'lanes', lanes: ['batch'] },
            // A batch job is not late-proof: it reads what arrived by its cutoff (the period's end
            // plus the run delay) and misses the rest until the period is processed again.
            reveal: (run) => {
              const missed = lessonFacts(run).batchMissed;
              return `The nightly job missed ${orders(missed)}: it read what had arrived by its cutoff, ${wait(run.settings.batch.runDelay)} after the day ended, and ${missed === 0 ? 'every straggler was in by then' : 'those came later'}. An order arriving after the cutoff waits until the day is processed again.`;
            },
          },
        ],
      },
    ],
  },
  {
    id: 'offline',
    title: 'Phones offline for 10 minutes',
    steps: [
      {
        title: 'Phones offline for 10 minutes',
        patch: {
          scenario: {
            lateShare: 0,
            outages: [
              { start: 12 * time.HOUR + 10 * time.MINUTE, duration: 10 * time.MINUTE, share: 0.4 },
            ],
          },
        },
        question:
          'At 12:10 four phones in ten lose signal for ten minutes, then send everything at once. What happens to the stream’s 12:10–12:20 totals?',
        pauses: [
          {
            at: afterOutage,
            show: { kind: 'lanes', lanes: ['stream', 'microbatch'] },
            reveal: (run) => {
              const f = lessonFacts(run);
              return `The backlog arrived at 12:20, after the watermark had closed those windows: the stream dropped ${orders(f.streamDropped)} and the micro-batch ${orders(f.microDropped)}, so their totals for 12:10–12:20 are too low.`;
            },
          },
          {
            at: afterFirstBatch,
            show: { kind: 'lanes', lanes: ['batch'] },
            reveal: (run) =>
              `The nightly job missed ${orders(lessonFacts(run).batchMissed)}: by midnight the phones had long reconnected.`,
          },
        ],
      },
    ],
  },
  {
    id: 'flash-sale',
    title: 'Flash-sale spike',
    steps: [
      {
        title: 'Flash-sale spike',
        patch: {
          scenario: { rate: 1000, duration: 10 * time.MINUTE, products: 3, productSkew: 1.5 },
        },
        question:
          'A thousand orders a minute for ten minutes, mostly for one product. Does the stream fall behind? What gets more expensive?',
        pauses: [
          {
            at: afterOrders,
            show: { kind: 'lanes', lanes: ['microbatch', 'request'] },
            reveal: (run) => {
              const f = lessonFacts(run);
              return `The stream still answered within ${wait(f.addedP50.stream)}. What grew is the work: while the sale lasted, each micro-batch read about ${orders(Math.round(f.ordersPerMicroBatch))}, and every per-request query scans all ${formatCount(f.orders)} rows (${f.requestCostMs.toFixed(1)} ms each).`;
            },
          },
        ],
      },
    ],
  },
  {
    id: 'watermark',
    title: 'Watermark too tight vs too loose',
    steps: [
      {
        title: 'Too tight',
        patch: { scenario: { lateShare: 0.1 }, stream: { watermarkBound: 0, earlyEvery: 0 } },
        // Two different settings: the bound sets how far the watermark trails the newest event
        // time (Flink's BoundedOutOfOrdernessWatermarks: max timestamp - bound - 1), allowed
        // lateness how far past a window's end it may go before the window drops an order
        // (WindowOperator.isWindowLate). This preset leaves allowed lateness at the default 0.
        question:
          'The stream’s watermark trails the newest order by 0 s, and allowed lateness is 0. How many late orders will it keep?',
        pauses: [
          {
            at: afterOrders,
            show: { kind: 'lanes', lanes: ['stream'] },
            reveal: (run) => {
              const f = lessonFacts(run);
              return `It dropped ${orders(f.streamDropped)}, even ones only seconds late, but each window’s result came ${wait(f.addedP50.stream)} after a typical order. Next: loosen it.`;
            },
          },
        ],
      },
      {
        title: 'Too loose',
        patch: {
          scenario: { lateShare: 0.1 },
          stream: { watermarkBound: 10 * time.MINUTE, earlyEvery: 0 },
        },
        question:
          'Now the watermark waits 10 minutes, as long as the latest order can be. What does that cost?',
        pauses: [
          {
            at: afterOrders,
            show: { kind: 'lanes', lanes: ['stream'] },
            reveal: (run) => {
              const f = lessonFacts(run);
              return `It dropped ${orders(f.streamDropped)}, but a typical result now waits ${wait(f.addedP50.stream)}. The bound trades completeness for latency; allowed lateness and early panes soften the trade.`;
            },
          },
        ],
      },
    ],
  },
  {
    id: 'spark-example',
    title: 'Micro-batch vs stream on the Spark guide’s example',
    note: 'The Spark guide’s query: 10-minute windows sliding every 5 minutes, a 10-minute watermark, a trigger every 5 minutes. This lab’s nightly job sums tumbling windows only, so its lane sits this one out.',
    steps: [
      {
        title: 'The Spark guide’s example',
        patch: {
          scenario: {
            lateShare: 0.2,
            lateDelay: { kind: 'exponential', mean: 5 * time.MINUTE, max: 20 * time.MINUTE },
          },
          window: { kind: 'sliding', size: 10 * time.MINUTE, slide: 5 * time.MINUTE },
          stream: { watermarkBound: 10 * time.MINUTE, earlyEvery: 0 },
          microBatch: {
            watermarkDelay: 10 * time.MINUTE,
            triggerInterval: 5 * time.MINUTE,
            outputMode: 'update',
          },
        },
        question:
          'Spark and Flink both get a 10-minute watermark. Will they drop the same late orders?',
        pauses: [
          {
            at: afterOrders,
            show: { kind: 'lanes', lanes: ['stream', 'microbatch'] },
            reveal: (run) => {
              const f = lessonFacts(run);
              // Spark moves its watermark between batches and, since 3.4, filters late rows by the
              // previous batch's (SPARK-40925); Flink emits a periodic watermark every
              // pipeline.auto-watermark-interval, 200 ms by default (the lab's WATERMARK_INTERVAL).
              const trails =
                run.settings.microBatch.lateRowFilter === 'previous'
                  ? 'and judges late rows by the previous batch’s, so it trails by one to two trigger intervals'
                  : 'so it trails by up to a trigger interval';
              return `No: the stream dropped ${orders(f.streamDropped)}, the micro-batch ${orders(f.microDropped)}. Spark moves its watermark only between batches ${trails} (${wait(run.settings.microBatch.triggerInterval)} each here) and lets more in; the stream’s watermark is emitted every ${lab.WATERMARK_INTERVAL} ms.`;
            },
          },
        ],
      },
    ],
  },
  {
    id: 'crash',
    title: 'Pipeline crash',
    note: 'Open Failures and guarantees: the crash is set there, with a checkpoint every 30 seconds.',
    steps: [
      {
        title: 'Pipeline crash',
        patch: {},
        crashAt: crashMoment,
        question:
          'The stream job crashes at 12:20:10 and restarts from its last checkpoint. Whose sink still ends with the right totals?',
        pauses: [
          {
            at: (run) => Math.min(run.timeline.to, crashMoment(run) + time.MINUTE),
            show: { kind: 'panel', tab: 'failures', target: 'crash-totals' },
            reveal: crashAnswer,
          },
        ],
      },
    ],
  },
  {
    id: 'backfill',
    title: 'Backfill after a bug',
    note: 'A week of orders, one a minute, a micro-batch every 10 minutes and no early panes. The lab starts two minutes before the bug is found; the lanes show the whole week, day by day.',
    steps: [
      {
        title: 'Backfill after a bug',
        // A week spans a lane's 440 px: one-minute micro-batches (23 a pixel) and 10-second early
        // panes would draw as solid slabs and cost half the switch, so the preset runs coarser.
        patch: {
          scenario: { start: 0, duration: 7 * time.DAY, rate: 1, lateShare: 0.02 },
          stream: { earlyEvery: 0 },
          microBatch: { triggerInterval: 10 * time.MINUTE },
        },
        bugFoundAt: bugFoundMoment,
        startAt: (run) => Math.max(run.timeline.from, bugFoundMoment(run) - 2 * time.MINUTE),
        question:
          'A week in, we find the revenue counted tax twice. Batch, Lambda or Kappa: who is right again first, and who works least?',
        pauses: [
          {
            at: bugFoundMoment,
            reveal: backfillAnswer,
            show: { kind: 'panel', tab: 'failures', target: 'backfill-chart' },
          },
        ],
      },
    ],
  },
  {
    id: 'empty-window',
    title: 'Why is my window empty?',
    note: 'Three regions, each writing to its own partition of the orders topic. The stream shows no early results, so a window stays empty until it fires.',
    steps: [
      {
        title: 'Flink, no idle timeout',
        patch: REGION_OUTAGE,
        question:
          'At 12:10 region 3 goes offline for ten minutes. What do Flink without idleness, Flink with it, and Spark each do?',
        pauses: [
          {
            at: lateInOutage,
            show: { kind: 'lanes', lanes: ['stream'] },
            reveal: (run) => {
              const held = windowsHeldAt(run, lateInOutage(run)).length;
              return `Regions 1 and 2 keep sending, yet ${held === 1 ? '1 window is' : `${held} windows are`} still empty: Flink's watermark is the lowest of the regions' watermarks, and region 3's has not moved since it went offline. Spark keeps one watermark over every region and moves on.`;
            },
          },
          {
            at: afterOutage,
            show: { kind: 'lanes', lanes: ['stream', 'microbatch'] },
            reveal: (run) => {
              const f = regionFacts(run);
              return `Region 3 is back. Flink waited for it: ${f.windowsHeld} windows held open, the longest ${wait(f.longestHold)} (the latency it added), and it dropped ${orders(f.streamDroppedRegion)} of region 3. Spark dropped ${orders(f.sparkDroppedRegion)} of region 3: too late for its watermark. Next: an idle timeout.`;
            },
          },
        ],
      },
      {
        title: 'Flink, 30 s idle timeout',
        patch: {
          ...REGION_OUTAGE,
          stream: { ...REGION_OUTAGE.stream, idleTimeout: 30 * time.SECOND },
        },
        question:
          'Now Flink marks a region idle after 30 seconds without orders (withIdleness). What changes, and what does it cost?',
        pauses: [
          {
            at: afterOutage,
            show: { kind: 'lanes', lanes: ['stream', 'microbatch'] },
            reveal: (run) => {
              const f = regionFacts(run);
              return `The windows fired on time: ${f.windowsHeld} held longer than a minute. But region 3's orders came back after the watermark had moved on: ${orders(f.streamDroppedRegion)} went to the late side output, as Spark dropped ${orders(f.sparkDroppedRegion)}. Idleness trades completeness for latency.`;
            },
          },
        ],
      },
    ],
  },
];

/** Presets still to come; shown disabled in the menu. */
export const PLANNED_PRESETS: readonly string[] = [];

/** A preset by id. */
export function presetById(id: string | null): ClassroomPreset | undefined {
  return PRESETS.find((p) => p.id === id);
}
