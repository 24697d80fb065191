// When each lane's lost orders become visible, so that every panel saying "9 dropped so far"
// counts the same orders at the same playhead. Each lane loses an order at the moment it decides
// to: the stream as the order arrives (its window is already late), a micro-batch when the batch
// that read the order writes its rows, and the batch job when an order of a period it has
// already read arrives (a re-run of that period that reads it picks it up when it writes).
import type { BatchRun, MicroBatch, StreamRun } from '../core/types';
import { countAtOrBefore } from '../core/sorted';

/** The lanes whose losses to time: the outputs of runStream, runMicroBatch and runBatch. */
export interface LossLanes {
  stream?: Pick<StreamRun, 'dropped'>;
  microBatch?: readonly MicroBatch[];
  /** Scheduled runs, and re-runs of their periods (which recover what a run missed). */
  batch?: { runs: readonly BatchRun[]; reruns?: readonly BatchRun[] };
}

/** Per lane, the instants (processing time, ascending) at which each lost order is lost. */
export interface LossTimes {
  /** Arrival of each order the stream dropped as too late. */
  streamDropped: Float64Array;
  /** Output time of the micro-batch that dropped each order. */
  microDropped: Float64Array;
  /** Arrival of each order a scheduled batch run missed (it had already read its period). */
  batchMissed: Float64Array;
  /** When a re-run that read a missed order wrote its rows; missed orders never recovered are left out. */
  batchRecovered: Float64Array;
}

/** How many orders each lane has lost by a playhead (counts of `LossTimes` at or before it). */
export interface LostSoFar {
  streamDropped: number;
  microDropped: number;
  batchMissed: number;
  /** Of `batchMissed`, those a re-run has picked up since. */
  batchRecovered: number;
}

const ascending = (xs: number[]) => Float64Array.from(xs).sort();

/** The loss instants of each lane given (build once per run; `lostBy` reads them per frame). */
export function lossTimes(lanes: LossLanes): LossTimes {
  const stream = (lanes.stream?.dropped ?? []).map((e) => e.arrivalTime);
  const micro: number[] = [];
  for (const b of lanes.microBatch ?? [])
    for (let i = 0; i < b.dropped.length; i++) micro.push(b.emittedAt);
  const missed: number[] = [];
  const recovered: number[] = [];
  const reruns = [...(lanes.batch?.reruns ?? [])].sort((a, b) => a.emittedAt - b.emittedAt);
  for (const r of lanes.batch?.runs ?? []) {
    const ofPeriod = reruns.filter(
      (x) => x.period.start === r.period.start && x.period.end === r.period.end,
    );
    for (const e of r.missed) {
      missed.push(e.arrivalTime);
      // A re-run reads what arrived strictly before it started.
      const by = ofPeriod.find((x) => e.arrivalTime < x.startedAt);
      if (by !== undefined) recovered.push(by.emittedAt);
    }
  }
  return {
    streamDropped: ascending(stream),
    microDropped: ascending(micro),
    batchMissed: ascending(missed),
    batchRecovered: ascending(recovered),
  };
}

/** What each lane has lost by processing time `at` (inclusive). */
export function lostBy(times: LossTimes, at: number): LostSoFar {
  return {
    streamDropped: countAtOrBefore(times.streamDropped, at),
    microDropped: countAtOrBefore(times.microDropped, at),
    batchMissed: countAtOrBefore(times.batchMissed, at),
    batchRecovered: countAtOrBefore(times.batchRecovered, at),
  };
}
