// The discrete facts an explanation rests on, read off a run at a playhead: where the watermark
// is, which window closes next, how many orders were dropped or missed so far. Each lookup is a
// bisection of arrays indexed once per run (the run's own times in lab.indexRun, each lane's here),
// so the panel can ask on every frame and re-render only when a fact (and so its sentence) changes.
import {
  lab,
  time,
  metrics,
  type BatchRun,
  type LabRun,
  type MicroBatch,
  type WindowRef,
  type WindowSpec,
} from '../../engine';
import type { LabSettings } from '../../engine';
import { lostAt } from '../lost';
import { memoOn } from '../memo';

const SECOND = time.SECOND;
const countAtOrBefore = time.countAtOrBefore;
const indexRun = lab.indexRun;

/** The numbers of `xs` that are not NaN, ascending, in a typed array (no intermediate JS array). */
const sortedTimes = (xs: ArrayLike<number>) => {
  const out = new Float64Array(xs.length);
  let n = 0;
  for (let i = 0; i < xs.length; i++) if (!Number.isNaN(xs[i]!)) out[n++] = xs[i]!;
  return out.subarray(0, n).sort();
};

/**
 * How many of `xs` (NaN skipped) are <= t, for any t: the distinct values ascending with running
 * counts. Emission times repeat (every order in a pane shares it), so this sorts a few thousand
 * distinct times instead of one per order.
 */
interface StepCounts {
  at: Float64Array;
  upTo: Float64Array;
}
function stepCounts(xs: ArrayLike<number>): StepCounts {
  const counts = new Map<number, number>();
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    if (!Number.isNaN(x)) counts.set(x, (counts.get(x) ?? 0) + 1);
  }
  const at = Float64Array.from(counts.keys()).sort();
  const upTo = new Float64Array(at.length);
  let acc = 0;
  for (let i = 0; i < at.length; i++) upTo[i] = acc += counts.get(at[i]!)!;
  return { at, upTo };
}
function countStepsUpTo(c: StepCounts, t: number): number {
  const i = countAtOrBefore(c.at, t);
  return i === 0 ? 0 : c.upTo[i - 1]!;
}

/**
 * What the facts look up in each lane, beyond the run's own times (arrivals, event times, the
 * stream's watermark: lab.indexRun), built once per lane outcome.
 */
interface LaneFacts {
  stream: {
    counted: StepCounts;
    late: Float64Array;
    early: Float64Array;
    onTime: { at: number; window: WindowRef }[];
    onTimeAt: Float64Array;
    open: number;
  } | null;
  micro: { batches: MicroBatch[]; emitted: Float64Array; read: number[] } | null;
  /** Per job (by output time): when its rows came out, orders read, its missed orders' arrivals. */
  batch: { all: BatchRun[]; emitted: Float64Array; read: number[]; missed: Float64Array[] } | null;
}

// Each part is keyed on what it reads (one lane's outcome): runLab hands back the same objects
// for what a settings change did not affect, so only the changed part is rebuilt.
const streamParts = memoOn<object, LaneFacts['stream']>();
const microParts = memoOn<object, LaneFacts['micro']>();
const batchParts = memoOn<object, LaneFacts['batch']>();

function streamPart(run: LabRun): LaneFacts['stream'] {
  let stream: LaneFacts['stream'] = null;
  if (run.stream.ok) {
    const s = run.stream.value;
    const panes = s.panes.filter((p) => !p.retraction);
    const onTime = panes
      .filter((p) => p.timing === 'on-time')
      .map((p) => ({ at: p.emittedAt, window: p.window }))
      .sort((a, b) => a.at - b.at || a.window.end - b.window.end);
    stream = {
      counted: stepCounts(s.firstEmittedAt ?? []),
      late: sortedTimes(panes.filter((p) => p.timing === 'late').map((p) => p.emittedAt)),
      early: sortedTimes(panes.filter((p) => p.timing === 'early').map((p) => p.emittedAt)),
      onTime,
      onTimeAt: Float64Array.from(onTime, (p) => p.at),
      open: s.open?.length ?? 0,
    };
  }
  return stream;
}

function microPart(run: LabRun): LaneFacts['micro'] {
  let micro: LaneFacts['micro'] = null;
  if (run.microBatch.ok) {
    const batches = [...run.microBatch.value].sort((a, b) => a.emittedAt - b.emittedAt);
    let read = 0;
    micro = {
      batches,
      emitted: Float64Array.from(batches, (b) => b.emittedAt),
      read: batches.map((b) => (read += b.inputIds.length)),
    };
  }
  return micro;
}

function batchPart(run: LabRun): LaneFacts['batch'] {
  let batch: LaneFacts['batch'] = null;
  if (run.batch.ok) {
    const { runs, reruns } = run.batch.value;
    const all = [...runs, ...reruns].sort((a, b) => a.emittedAt - b.emittedAt);
    // Orders a job read: those of its period that had arrived before it started.
    const read = all.map(
      (r) =>
        run.events.filter(
          (e) =>
            e.eventTime >= r.period.start &&
            e.eventTime < r.period.end &&
            e.arrivalTime < r.startedAt,
        ).length,
    );
    batch = {
      all,
      emitted: Float64Array.from(all, (r) => r.emittedAt),
      read,
      missed: all.map((r) => sortedTimes(r.missed.map((e) => e.arrivalTime))),
    };
  }
  return batch;
}

export type Failed = { ok: false; error: string };

export interface StreamFacts {
  ok: true;
  /** Rounded to the second; null before the first watermark; ±Infinity as the engine reports. */
  watermark: number | null;
  bound: number;
  lateness: number;
  earlyEvery: number;
  lateShare: number;
  flushAtEnd: boolean;
  /** The next window to fire (tumbling, sliding); null for sessions or when none is pending. */
  nextClose: WindowRef | null;
  session: boolean;
  gap: number;
  lastFired: WindowRef | null;
  arrived: number;
  inResults: number;
  dropped: number;
  latePanes: number;
  earlyPanes: number;
  /** The source sent its last order and does not end, so the open windows never fire. */
  neverClosed: number;
}

/**
 * The next tumbling or sliding window still open at watermark `wm`: the one with the smallest end
 * such that end - 1 > wm (a window fires when the watermark reaches end - 1).
 */
export function nextWindowToClose(window: WindowSpec, wm: number): WindowRef | null {
  if (!Number.isFinite(wm)) return null;
  if (window.kind !== 'tumbling' && window.kind !== 'sliding') return null;
  const size = window.size;
  const slide = window.kind === 'sliding' ? window.slide : window.size;
  const offset = window.offset ?? 0;
  // Smallest start s (s ≡ offset mod slide) with s + size > wm + 1.
  const x = wm + 1 - size;
  const r = (((x - offset) % slide) + slide) % slide;
  const start = x - r + slide;
  return { start, end: start + size };
}

export function streamFacts(run: LabRun, t: number): StreamFacts | Failed {
  if (!run.stream.ok) return { ok: false, error: run.stream.error };
  const ix = indexRun(run);
  const s = streamParts(run.stream, () => streamPart(run))!;
  const st: LabSettings = run.settings;
  // null before the first watermark, which differs from a watermark at -Infinity.
  const raw = countAtOrBefore(ix.watermarks.at, t) > 0 ? ix.watermarkAt(t) : null;
  const watermark =
    raw === null ? null : Number.isFinite(raw) ? Math.round(raw / SECOND) * SECOND : raw;
  const fired = countAtOrBefore(s.onTimeAt, t);
  const arrived = ix.arrivedBy(t);
  return {
    ok: true,
    watermark,
    bound: st.stream.watermarkBound,
    lateness: st.stream.allowedLateness,
    earlyEvery: st.stream.earlyEvery,
    lateShare: st.scenario.lateShare,
    flushAtEnd: st.stream.flushAtEnd,
    nextClose: raw === null ? null : nextWindowToClose(st.window, raw),
    session: st.window.kind === 'session',
    gap: st.window.kind === 'session' ? st.window.gap : 0,
    lastFired: fired > 0 ? s.onTime[fired - 1]!.window : null,
    arrived,
    inResults: countStepsUpTo(s.counted, t),
    dropped: lostAt(run, t).streamDropped,
    latePanes: countAtOrBefore(s.late, t),
    earlyPanes: countAtOrBefore(s.early, t),
    neverClosed: !st.stream.flushAtEnd && arrived > 0 && t >= ix.lastArrival ? s.open : 0,
  };
}

export interface MicroBatchFacts {
  ok: true;
  interval: number;
  delay: number;
  mode: LabSettings['microBatch']['outputMode'];
  lateRowFilter: LabSettings['microBatch']['lateRowFilter'];
  /** The last batch whose rows are out by t. */
  last: { start: number; end: number; emittedAt: number; watermark: number; inputs: number } | null;
  /** When the next batch's rows come out; null when no batch is left. */
  next: number | null;
  arrived: number;
  read: number;
  dropped: number;
}

export function microBatchFacts(run: LabRun, t: number): MicroBatchFacts | Failed {
  if (!run.microBatch.ok) return { ok: false, error: run.microBatch.error };
  const m = microParts(run.microBatch, () => microPart(run))!;
  const st = run.settings.microBatch;
  const n = countAtOrBefore(m.emitted, t);
  const b = n > 0 ? m.batches[n - 1]! : null;
  return {
    ok: true,
    interval: st.triggerInterval,
    delay: st.watermarkDelay,
    mode: st.outputMode,
    lateRowFilter: st.lateRowFilter,
    last: b && {
      start: b.start,
      end: b.end,
      emittedAt: b.emittedAt,
      watermark: b.watermark,
      inputs: b.inputIds.length,
    },
    next: n < m.batches.length ? m.batches[n]!.emittedAt : null,
    arrived: indexRun(run).arrivedBy(t),
    read: n > 0 ? m.read[n - 1]! : 0,
    dropped: lostAt(run, t).microDropped,
  };
}

export interface BatchFacts {
  ok: true;
  schedule: LabSettings['batch']['schedule'];
  runDelay: number;
  /** The first job not finished by t (running or waiting), if any. */
  pending: { period: WindowRef; startedAt: number; emittedAt: number; running: boolean } | null;
  /** The latest job finished by t, with what it read and what it missed. */
  done: { period: WindowRef; emittedAt: number; read: number; missed: number } | null;
  /** The re-run that will recover what `done` missed, if one is scheduled after t. */
  rerunAt: number | null;
  arrived: number;
}

export function batchFacts(run: LabRun, t: number): BatchFacts | Failed {
  if (!run.batch.ok) return { ok: false, error: run.batch.error };
  const b = batchParts(run.batch, () => batchPart(run))!;
  const all = b.all;
  const reruns = run.batch.value.reruns;
  // Jobs finished by t: they are in output order.
  const i = countAtOrBefore(b.emitted, t);
  const doneRun = i > 0 ? all[i - 1]! : null;
  const done: BatchFacts['done'] = doneRun && {
    period: doneRun.period,
    emittedAt: doneRun.emittedAt,
    read: b.read[i - 1]!,
    // Of that period's missed orders, those that have arrived by t (the rest are still on the way).
    missed: countAtOrBefore(b.missed[i - 1]!, t),
  };
  const p = all[i] ?? null;
  const rerun =
    doneRun && doneRun.missed.length > 0
      ? reruns.find(
          (r) => r.period.start === doneRun.period.start && r.startedAt > doneRun.startedAt,
        )
      : undefined;
  return {
    ok: true,
    schedule: run.settings.batch.schedule,
    runDelay: run.settings.batch.runDelay,
    pending: p && {
      period: p.period,
      startedAt: p.startedAt,
      emittedAt: p.emittedAt,
      running: p.startedAt <= t,
    },
    done,
    rerunAt: rerun && rerun.startedAt > t ? rerun.startedAt : null,
    arrived: indexRun(run).arrivedBy(t),
  };
}

export interface RequestFacts {
  arrived: number;
  /** Orders that already happened (event time <= t) but have not arrived. */
  inFlight: number;
  costMs: number;
}

export function requestFacts(run: LabRun, t: number): RequestFacts {
  const ix = indexRun(run);
  const arrived = ix.arrivedBy(t);
  // Orders can arrive before their event time (clock skew), hence the floor at 0.
  const happened = ix.happenedBy(t);
  return {
    arrived,
    inFlight: Math.max(0, happened - arrived),
    costMs: metrics.requestCost(arrived),
  };
}
