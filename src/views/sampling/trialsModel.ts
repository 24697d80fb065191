// "Run N trials" for the reservoir and for the samplers a newcomer would write, on the orders that
// have arrived: each sampler's inclusion counts per arrival position, binned for drawing, against
// the flat line a fair k-sampler gives and a ±3σ band around it, with Pearson's test per sampler.
import {
  createReservoir,
  createRng,
  type ChiSquareResult,
  type SamplerFactory,
} from '../../engine';
import { sampling } from '../../engine/summaries';
import { formatCount } from '../../format/count';
import type { BinCounts } from '../../geometry/sampling';

const chiSquare = sampling.chiSquare;
const createReservoirL = sampling.createReservoirL;
const everyNth = sampling.everyNth;
const firstK = sampling.firstK;
const fixedProbability = sampling.fixedProbability;

export type SamplerId = 'R' | 'L' | 'firstK' | 'everyNth' | 'fixedP';

export const SAMPLER_IDS: readonly SamplerId[] = ['R', 'L', 'firstK', 'everyNth', 'fixedP'];

/** Trials replay at most this many orders, so 10,000 trials of five samplers stay about a second. */
export const MAX_TRIAL_STREAM = 2000;
export const MAX_TRIALS = 10_000;
export const TRIAL_CHOICES = [100, 1000, 10_000] as const;

/** How each naive sampler is tuned: from the number of orders a flat day would bring. */
export interface NaiveTuning {
  /** every n-th: n = round(planned / k), at least 1. */
  step: number;
  /** fixed probability: p = min(1, k / planned). */
  p: number;
}

export function naiveTuning(k: number, planned: number): NaiveTuning {
  return { step: Math.max(1, Math.round(planned / k)), p: Math.min(1, k / planned) };
}

/** 2 -> "2nd", 11 -> "11th", 180 -> "180th", 1,001 -> "1,001st". */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${formatCount(n)}${suffix}`;
}

export function samplerTitle(id: SamplerId, t: NaiveTuning): string {
  switch (id) {
    case 'R':
      return 'Reservoir, Algorithm R';
    case 'L':
      return 'Reservoir, Algorithm L';
    case 'firstK':
      return 'First k';
    case 'everyNth':
      return t.step === 1 ? 'Every order' : `Every ${ordinal(t.step)} order`;
    case 'fixedP':
      return `Keep with probability ${Number((t.p * 100).toPrecision(2))} %`;
  }
}

export function samplerFactory(id: SamplerId, t: NaiveTuning): SamplerFactory {
  switch (id) {
    case 'R':
      return (k, rng) => createReservoir<number>(k, rng);
    case 'L':
      return (k, rng) => createReservoirL<number>(k, rng);
    case 'firstK':
      return (k) => firstK<number>(k);
    case 'everyNth':
      return () => everyNth<number>(t.step);
    case 'fixedP':
      return (_k, rng) => fixedProbability<number>(t.p, rng);
  }
}

/** Inclusion counts summed over the trials run so far (chunks add up to one long run). */
export interface TrialTally {
  n: number;
  k: number;
  trials: number;
  counts: number[];
  /** Sum of final sample sizes, and the smallest and largest one seen. */
  totalSize: number;
  minSize: number;
  maxSize: number;
}

export function emptyTally(n: number, k: number): TrialTally {
  return {
    n,
    k,
    trials: 0,
    counts: new Array<number>(n).fill(0),
    totalSize: 0,
    minSize: Infinity,
    maxSize: -Infinity,
  };
}

/**
 * Runs trials `from..from+count-1` of one sampler and adds them to `tally` (mutated and
 * returned). Trial t draws from createRng(seed + t), as the engine's inclusionTrials does, so
 * running in chunks gives exactly its counts, plus the smallest and largest sample size.
 */
export function runTrialChunk(
  tally: TrialTally,
  make: SamplerFactory,
  seed: number,
  from: number,
  count: number,
): TrialTally {
  for (let t = from; t < from + count; t++) {
    const sampler = make(tally.k, createRng(seed + t));
    for (let i = 0; i < tally.n; i++) sampler.offer(i);
    const kept = sampler.items();
    for (const x of kept) tally.counts[x]!++;
    tally.trials++;
    tally.totalSize += kept.length;
    tally.minSize = Math.min(tally.minSize, kept.length);
    tally.maxSize = Math.max(tally.maxSize, kept.length);
  }
  return tally;
}

/** Samplers that draw no random numbers: every trial keeps the same positions. */
export const DETERMINISTIC: ReadonlySet<SamplerId> = new Set(['firstK', 'everyNth']);

/**
 * For a sampler that draws no random numbers: runs one trial and counts it `count` times, which
 * is exactly what `count` trials would add, at the cost of one.
 */
export function repeatTrial(
  tally: TrialTally,
  make: SamplerFactory,
  seed: number,
  count: number,
): TrialTally {
  const sampler = make(tally.k, createRng(seed));
  for (let i = 0; i < tally.n; i++) sampler.offer(i);
  const kept = sampler.items();
  for (const x of kept) tally.counts[x]! += count;
  tally.trials += count;
  tally.totalSize += kept.length * count;
  tally.minSize = Math.min(tally.minSize, kept.length);
  tally.maxSize = Math.max(tally.maxSize, kept.length);
  return tally;
}

/** One bar of the histogram: its counts, as the geometry draws them. */
export type TrialBin = BinCounts;

export interface TrialResult {
  id: SamplerId;
  title: string;
  n: number;
  k: number;
  trials: number;
  bins: TrialBin[];
  chi: ChiSquareResult;
  meanSize: number;
  minSize: number;
  maxSize: number;
  /** Every bar within expected ± 3σ. */
  withinBand: boolean;
  /** Pearson's test does not reject at 1 %: p >= 0.01. */
  fair: boolean;
}

/**
 * Bars per histogram. The band is ±3σ per bar, so a fair sampler's bar falls outside it in about
 * 1 run in 370; with 20 bars all of them are inside in about 95 % of runs (40 bars: about 90 %).
 */
const BINS = 20;

/** Number of bars: one per position up to 20 positions, else 20 bins (nearly) equal in width. */
export function binCount(n: number): number {
  return Math.min(n, BINS);
}

/**
 * Bins a tally into histogram bars with the flat expected line and its ±3σ band. For a fair
 * fixed-size sampler the kept positions of one trial are k draws without replacement from n,
 * so a bin of w positions holds a hypergeometric count: variance k (w/n)(1 - w/n)(n - k)/(n - 1)
 * per trial, times the number of trials.
 */
export function trialResult(id: SamplerId, title: string, tally: TrialTally): TrialResult {
  const { n, k, trials, counts } = tally;
  const bins: TrialBin[] = [];
  const b = binCount(n);
  for (let j = 0; j < b; j++) {
    const from = Math.floor((j * n) / b);
    const to = Math.floor(((j + 1) * n) / b);
    let count = 0;
    for (let i = from; i < to; i++) count += counts[i]!;
    const share = (to - from) / n;
    const expected = trials * k * share;
    const variance = n > 1 ? (trials * k * share * (1 - share) * (n - k)) / (n - 1) : 0;
    const spread = 3 * Math.sqrt(Math.max(0, variance));
    bins.push({
      from,
      to,
      count,
      expected,
      low: Math.max(0, expected - spread),
      high: expected + spread,
    });
  }
  const expected = new Array<number>(n).fill((trials * k) / n);
  const chi = chiSquare(counts, expected);
  // A tiny tolerance: k = n gives a zero-width band that the counts hit exactly.
  const withinBand = bins.every((x) => x.count >= x.low - 1e-9 && x.count <= x.high + 1e-9);
  return {
    id,
    title,
    n,
    k,
    trials,
    bins,
    chi,
    meanSize: trials > 0 ? tally.totalSize / trials : 0,
    minSize: tally.minSize,
    maxSize: tally.maxSize,
    withinBand,
    fair: chi.pValue >= 0.01,
  };
}

/** "0.43", "0.0021", "< 0.0001": a p-value as a teacher reads it out. */
export function formatPValue(p: number): string {
  if (p < 0.0001) return '< 0.0001';
  if (p >= 0.01) return p.toFixed(2);
  return Number(p.toPrecision(2)).toString();
}

/** Why this sampler's histogram looks the way it does, in one sentence. */
export function verdict(r: TrialResult): string {
  if (r.fair && r.withinBand)
    return 'Looks fair: every position lands in the sample about equally often.';
  if (r.fair)
    return 'Looks fair by the test; a bar outside the ±3σ band happens by chance in about 1 run in 20.';
  switch (r.id) {
    case 'firstK':
      return `Biased: only the first ${r.k} orders ever get in; everything after them is never sampled.`;
    case 'everyNth':
      return 'Biased: the same positions every run, each either always in or never in, and the size depends on how long the stream turns out to be.';
    case 'fixedP':
      return `Biased in size: it keeps ${r.meanSize.toFixed(1)} orders on average instead of ${r.k}, because the keep probability had to be guessed before the stream's length was known.`;
    default:
      return 'The test flags this run: with many runs, about 1 in 100 fair ones does.';
  }
}
