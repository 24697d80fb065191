// The explanations beside the lanes, as plain sentences built from facts (see facts.ts): what the
// lane does and why its numbers differ from the truth at this moment. Pure, so every wording is
// tested, and the same facts always give the same text (the panel re-renders only on a change).
import { formatClock, formatSpan, formatWatermark, hasWatermark } from '../../format/clock';
import { formatDuration } from '../../format/duration';
import { countOf, formatCount } from '../../format/count';
import type { BatchFacts, Failed, MicroBatchFacts, RequestFacts, StreamFacts } from './facts';

const plural = countOf;
const orders = (n: number) => plural(n, 'order');
const dur = (ms: number) => formatDuration(ms);
const clock = (t: number) => formatClock(t);

/** What each lane is, in one line, before the live explanation. */
export const LANE_INTRO = {
  batch: 'Runs a job once per period over every order stored by then.',
  microbatch: 'Runs a small batch every trigger interval over what arrived since the last one.',
  stream:
    'Adds each order to its window on arrival; a watermark decides when a window is complete.',
  request: 'Computes the answer on demand, from the order table, whenever someone asks.',
} as const;

function failed(lane: string, f: Failed): string {
  return `${lane} can't run these settings: ${f.error}`;
}

/** The stream lane: the watermark, the next window to fire, drops and corrections so far. */
export function streamText(f: StreamFacts | Failed): string {
  if (!f.ok) return failed('The stream', f);
  const out: string[] = [];
  if (!hasWatermark(f.watermark)) {
    out.push(
      f.arrived === 0
        ? `The stream adds each order to its window the moment it arrives. No order has come in yet, so there is no watermark and no window can fire.`
        : `The stream adds each order to its window the moment it arrives. There is no watermark yet, so no window can fire.`,
    );
  } else if (f.watermark === Infinity) {
    out.push(
      `The source has ended, so the watermark jumped past every window and all of them have fired.`,
    );
  } else {
    out.push(
      `The watermark is at about ${formatWatermark(f.watermark)}: the newest order time seen, minus the ${dur(f.bound)} bound.`,
    );
    if (f.session) {
      out.push(
        `A product's session fires once the watermark passes its last order plus the ${dur(f.gap)} gap; until then its total is missing.`,
      );
    } else if (f.nextClose) {
      out.push(
        `A window fires when the watermark passes its end, so ${formatSpan(f.nextClose.start, f.nextClose.end)} and later windows have not fired yet.`,
      );
    }
  }
  if (f.earlyPanes > 0) {
    out.push(
      `Early results every ${dur(f.earlyEvery)} show partial totals before a window fires (${plural(f.earlyPanes, 'early pane')} so far).`,
    );
  }
  if (f.dropped > 0) {
    out.push(
      f.lateness === 0
        ? `${plural(f.dropped, 'order')} arrived after ${f.dropped === 1 ? 'its' : 'their'} window had fired and ${f.dropped === 1 ? 'was' : 'were'} dropped, because allowed lateness is 0: the totals lack them for good.`
        : // Allowed lateness is event time: Flink drops an element when end - 1 + lateness <=
          // watermark (apache/flink, flink-streaming-java/.../windowing/WindowOperator.java,
          // isWindowLate), however little wall-clock time passed since the window fired.
          `${plural(f.dropped, 'order')} arrived after the watermark had passed ${f.dropped === 1 ? 'its' : 'their'} window's end plus the ${dur(f.lateness)} of allowed lateness (event time, not time since the window fired) and ${f.dropped === 1 ? 'was' : 'were'} dropped.`,
    );
  } else if (f.lateShare > 0 && hasWatermark(f.watermark)) {
    out.push(`No order has been dropped so far.`);
  }
  if (f.latePanes > 0) {
    out.push(
      `${plural(f.latePanes, 'late pane')} corrected totals that had already fired${f.lateness > 0 ? `, thanks to the ${dur(f.lateness)} of allowed lateness` : ''}.`,
    );
  }
  if (f.neverClosed > 0) {
    out.push(
      `The orders stopped but the source never ended, so the watermark is stuck: ${plural(f.neverClosed, 'window')} will never fire.`,
    );
  }
  if (f.arrived > 0) {
    out.push(
      `${formatCount(f.inResults)} of ${orders(f.arrived)} that arrived are in a reported total.`,
    );
  }
  return out.join(' ');
}

const MODE_TEXT: Record<MicroBatchFacts['mode'], string> = {
  append:
    'In append mode a window is written once, when the watermark has passed its end, so its total lags the window by the delay plus a trigger or two.',
  update:
    'In update mode each batch rewrites the windows it changed; a total is final once the watermark passes the window end.',
  complete:
    'In complete mode every batch writes the whole table and no window is ever dropped, so late orders always count, but the state only grows.',
};

/** The micro-batch lane: the last batch, the watermark it used, the next trigger, drops. */
export function microBatchText(f: MicroBatchFacts | Failed): string {
  if (!f.ok) return failed('The micro-batch', f);
  const out: string[] = [];
  if (f.last === null) {
    out.push(
      `The micro-batch wakes every ${dur(f.interval)} and processes what arrived since the last batch.`,
    );
    out.push(
      f.next === null
        ? 'No batch has run.'
        : `No batch has finished yet; the first results come at ${clock(f.next)}.`,
    );
  } else {
    out.push(
      `The last batch covered orders that arrived ${formatSpan(f.last.start, f.last.end)} (${orders(f.last.inputs)}); its rows came out at ${clock(f.last.emittedAt)}.`,
    );
    out.push(
      !hasWatermark(f.last.watermark)
        ? `It had no watermark yet: Spark takes the newest order time of earlier batches minus the ${dur(f.delay)} delay, so the first batch runs without one.`
        : `It used the watermark ${formatWatermark(f.last.watermark)}: the newest order time of earlier batches minus the ${dur(f.delay)} delay.`,
    );
    out.push(f.next === null ? 'No batch is left to run.' : `Next results at ${clock(f.next)}.`);
  }
  out.push(MODE_TEXT[f.mode]);
  if (f.lateRowFilter === 'previous' && f.mode !== 'complete') {
    out.push(
      "Late rows are judged by the previous batch's watermark (Spark ≥ 3.4), which lets a few more through.",
    );
  }
  if (f.dropped > 0) {
    out.push(
      `${plural(f.dropped, 'order')} arrived after the watermark had passed every window ${f.dropped === 1 ? 'it' : 'they'} belonged to, and ${f.dropped === 1 ? 'was' : 'were'} dropped.`,
    );
  }
  const waiting = f.arrived - f.read;
  if (waiting > 0) {
    out.push(`${orders(waiting)} arrived since and wait for the next batch.`);
  }
  return out.join(' ');
}

/** The batch lane: the job it waits for, or what the last job read and missed. */
export function batchText(f: BatchFacts | Failed): string {
  if (!f.ok) return failed('The batch job', f);
  const out: string[] = [];
  const job = f.schedule === 'nightly' ? 'nightly job' : 'hourly job';
  const after = f.schedule === 'nightly' ? 'the day' : 'the hour';
  if (f.done) {
    out.push(
      `The ${job} for ${formatSpan(f.done.period.start, f.done.period.end)} finished at ${clock(f.done.emittedAt)} and counted ${orders(f.done.read)}.`,
    );
    if (f.done.missed > 0) {
      out.push(
        `${plural(f.done.missed, 'order')} of that period arrived after it had started, so ${f.done.missed === 1 ? 'it is' : 'they are'} missing${f.rerunAt !== null ? ` until the next run re-processes the period at ${clock(f.rerunAt)}` : ''}.`,
      );
    } else {
      out.push('It missed nothing: every order of the period had arrived before it started.');
    }
  }
  if (f.pending) {
    const p = f.pending;
    out.push(
      p.running
        ? `A job over ${formatSpan(p.period.start, p.period.end)} is running since ${clock(p.startedAt)}; it reads only orders that arrived before then, and its results appear at ${clock(p.emittedAt)}.`
        : `${f.done ? 'The next' : 'The first'} job, for ${formatSpan(p.period.start, p.period.end)}, starts at ${clock(p.startedAt)}, ${dur(f.runDelay)} after ${after} ends, and reports at ${clock(p.emittedAt)}.`,
    );
    if (!f.done) {
      out.push(
        `Until then this lane shows nothing: batch waits for the period to end and reads everything at once.`,
      );
    }
  } else if (!f.done) {
    out.push('No job has anything to read.');
  }
  return out.join(' ');
}

/** The per-request lane: exact for what has arrived, blind to orders still in flight, cost grows. */
export function requestText(f: RequestFacts): string {
  if (f.arrived === 0) {
    return 'No order has arrived yet. Each refresh will query the order table directly, so the answer is always exact for what has arrived.';
  }
  const out = [
    `Each refresh queries the order table directly, so the answer is exact for the ${orders(f.arrived)} that have arrived.`,
  ];
  if (f.inFlight > 0) {
    out.push(
      `${orders(f.inFlight)} already placed ${f.inFlight === 1 ? 'is' : 'are'} still on the way and not counted yet.`,
    );
  }
  out.push(
    `Every query scans every row: about ${formatCost(f.costMs)} now, and more with each order.`,
  );
  return out.join(' ');
}

function formatCost(ms: number): string {
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}
