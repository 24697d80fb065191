// The reservoir the panel shows, order by order: Algorithm R (or L) keeping k of the orders that
// have arrived, with what happened to the latest one (its keep chance k/(i+1), the number drawn,
// the slot it took) and how many random numbers each algorithm has used so far.
import { createRng, type CountedReservoir, type OrderEvent, type Rng } from '../../engine';
import { sampling } from '../../engine/summaries';
import { formatCount } from '../../format/count';
import type { Summary } from './feed';

const createCountedReservoir = sampling.createCountedReservoir;
const createReservoirL = sampling.createReservoirL;

export type ReservoirAlgorithm = 'R' | 'L';

/** What happened to one order offered to the reservoir. */
export interface ReservoirStep {
  /** 0-based arrival position i of the order. */
  index: number;
  order: OrderEvent;
  /** min(1, k / (i + 1)): the chance Algorithm R keeps it. */
  chance: number;
  /** Algorithm R's draw j in [0, i] (null while the reservoir is still filling, or for L). */
  draw: number | null;
  kept: boolean;
  /** The slot it now occupies, when kept. */
  slot: number | null;
  /** True when it evicted an earlier order (the reservoir was full). */
  replaced: boolean;
}

/** One slot of the sample: the order in it and the position it arrived at. */
export interface ReservoirSlot {
  order: OrderEvent;
  index: number;
}

export interface ReservoirView {
  k: number;
  algorithm: ReservoirAlgorithm;
  seen: number;
  slots: ReservoirSlot[];
  last: ReservoirStep | null;
  /** Random numbers drawn so far by Algorithm R and by Algorithm L on the same orders. */
  draws: { R: number; L: number };
}

/** An Rng that remembers the last integer it gave, so the panel can show Algorithm R's draw. */
function recordingRng(rng: Rng): Rng & { lastInt: number | null } {
  const out = {
    lastInt: null as number | null,
    nextInt(min: number, max: number) {
      const v = rng.nextInt(min, max);
      out.lastInt = v;
      return v;
    },
    nextFloat: () => rng.nextFloat(),
  };
  return out;
}

/**
 * A reservoir summary of k orders seeded by `seed`: both algorithms run side by side on the
 * same orders (so both draw counts are known), and `algorithm` picks whose sample is shown. With
 * `alone`, only the shown algorithm runs (the other's draws read NaN): the stage's small sample
 * shows no draw counts, and a preset switch to a week of orders feeds it 30,000 of them.
 */
export function reservoirSummary(
  k: number,
  seed: number,
  algorithm: ReservoirAlgorithm,
  { alone = false }: { alone?: boolean } = {},
): Summary<ReservoirView> {
  const runR = !alone || algorithm === 'R';
  const runL = !alone || algorithm === 'L';
  let rec: ReturnType<typeof recordingRng>;
  let r: CountedReservoir<ReservoirSlot> | null;
  let l: CountedReservoir<ReservoirSlot> | null;
  // The latest order's step, kept as plain values: the object is built when a view asks.
  let lastIndex = -1;
  let lastOrder: OrderEvent | null = null;
  let lastDraw: number | null = null;
  let lastStep: { kept: boolean; slot?: number; replaced?: unknown } | null = null;
  const reset = () => {
    rec = recordingRng(createRng(seed));
    r = runR ? createCountedReservoir(k, rec) : null;
    // A different stream for L, so its picks are its own and not R's in disguise.
    l = runL ? createReservoirL(k, createRng(seed + 1)) : null;
    lastOrder = null;
  };
  reset();
  return {
    reset,
    offer(order, index) {
      const slot: ReservoirSlot = { order, index };
      rec.lastInt = null;
      const fromR = r?.offer(slot);
      const drawR = rec.lastInt;
      const fromL = l?.offer(slot);
      lastIndex = index;
      lastOrder = order;
      lastDraw = algorithm === 'R' ? drawR : null;
      lastStep = (algorithm === 'R' ? fromR : fromL)!;
    },
    view(fed) {
      const last: ReservoirStep | null =
        lastOrder === null
          ? null
          : {
              index: lastIndex,
              order: lastOrder,
              chance: Math.min(1, k / (lastIndex + 1)),
              draw: lastDraw,
              kept: lastStep!.kept,
              slot: lastStep!.slot ?? null,
              replaced: lastStep!.replaced !== undefined,
            };
      return {
        k,
        algorithm,
        seen: fed,
        slots: [...(algorithm === 'R' ? r : l)!.items()],
        last,
        draws: { R: r?.draws() ?? NaN, L: l?.draws() ?? NaN },
      };
    },
  };
}

/** "12.5 %", "100 %", "0.27 %": a chance with two significant digits below 10 %. */
export function formatChance(p: number): string {
  const pct = p * 100;
  if (pct >= 10 || pct === 0) return `${Math.round(pct * 10) / 10} %`;
  return `${Number(pct.toPrecision(2))} %`;
}

/** One sentence about the latest order, for the panel and for screen readers. */
export function describeStep(step: ReservoirStep | null, k: number): string {
  if (!step) return 'No order has arrived yet. Let the orders flow, or step one order.';
  const n = step.index + 1;
  const c = formatCount;
  const who = `Order ${step.order.id} (number ${c(n)} to arrive)`;
  if (step.index < k) {
    return `${who} goes straight into empty slot ${step.slot}: the first ${c(k)} orders fill the reservoir.`;
  }
  const chance = `keep chance ${c(k)}/${c(n)} = ${formatChance(step.chance)}`;
  if (step.draw !== null) {
    return step.kept
      ? `${who}: ${chance}. Drew ${c(step.draw)} from 0–${c(step.index)}; ${c(step.draw)} < ${c(k)}, so it replaces slot ${step.slot}.`
      : `${who}: ${chance}. Drew ${c(step.draw)} from 0–${c(step.index)}; ${c(step.draw)} ≥ ${c(k)}, so it is dropped.`;
  }
  return step.kept
    ? `${who}: ${chance}. Algorithm L had planned to keep this one; it replaces slot ${step.slot}.`
    : `${who}: ${chance}. Algorithm L skips it without drawing anything.`;
}
