// A tiny benchmark harness: each case runs a few times after a warm-up, and we keep the median,
// so one slow GC pause does not decide the figure. Throughput is reported as a ratio to the
// bare-loop baseline measured in the same run, which cancels out how fast this machine is today.
import { performance } from 'node:perf_hooks';

export interface BenchCase<C = unknown> {
  /** Shown in the table, e.g. "runStream tumbling 1m". */
  name: string;
  /** Items processed by one run, for the events-per-second figure. */
  items: number;
  /** Builds the input once, outside the timing. */
  setup: () => C;
  /** The timed work; its return value feeds `notes` and keeps the work from being optimised away. */
  run: (ctx: C) => unknown;
  /** Extra figures for the table, e.g. peak state size. */
  notes?: (ctx: C, result: unknown) => string;
  /** Timed repetitions (default 5). */
  repeat?: number;
}

export interface BenchResult {
  name: string;
  items: number;
  medianMs: number;
  minMs: number;
  perSecond: number;
  notes: string;
}

/** Declares a case with its context type inferred. */
export function benchCase<C>(c: BenchCase<C>): BenchCase<C> {
  return c;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Runs one case: a warm-up, then `repeat` timed runs. */
export function measure<C>(c: BenchCase<C>): BenchResult {
  const ctx = c.setup();
  let result = c.run(ctx); // warm-up: lets the JIT compile the hot paths before timing
  const times: number[] = [];
  for (let i = 0; i < (c.repeat ?? 5); i++) {
    const t0 = performance.now();
    result = c.run(ctx);
    times.push(performance.now() - t0);
  }
  const medianMs = median(times);
  return {
    name: c.name,
    items: c.items,
    medianMs,
    minMs: Math.min(...times),
    perSecond: (c.items / medianMs) * 1000,
    notes: c.notes ? c.notes(ctx, result) : '',
  };
}
