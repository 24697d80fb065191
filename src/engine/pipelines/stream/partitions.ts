// The bounded watermark of a job reading several source partitions, as Flink's source operator
// combines its splits: one watermark per partition, the job's the minimum over partitions that are
// not idle (CombinedWatermarkStatus.updateCombinedWatermark), idleness after a timeout without
// orders (WatermarksWithIdleness). Kept apart from the event loop so the one-partition path, which
// needs none of this, stays as it was.

/** A change of one partition's watermark or idle flag, for the lane's thin lines. */
export interface PartitionSample {
  at: number;
  partition: number;
  value: number;
  idle: boolean;
}

/**
 * Samples kept in typed columns while the job runs (a million orders make half a million of them
 * with 8 partitions); the objects of the contract's shape are built once, when first read.
 */
class SampleColumns {
  private at = new Float64Array(256);
  private partition = new Uint16Array(256);
  private value = new Float64Array(256);
  private idle = new Uint8Array(256);
  private n = 0;
  private built: PartitionSample[] | null = null;

  push(at: number, partition: number, value: number, idle: number): void {
    const i = this.n;
    if (i === this.at.length) this.grow();
    this.at[i] = at;
    this.partition[i] = partition;
    this.value[i] = value;
    this.idle[i] = idle;
    this.n = i + 1;
    this.built = null;
  }

  toArray(): PartitionSample[] {
    if (this.built !== null) return this.built;
    const out = new Array<PartitionSample>(this.n);
    for (let i = 0; i < this.n; i++)
      out[i] = {
        at: this.at[i]!,
        partition: this.partition[i]!,
        value: this.value[i]!,
        idle: this.idle[i] === 1,
      };
    return (this.built = out);
  }

  private grow(): void {
    const size = this.at.length * 2;
    const copy = <T extends Float64Array | Uint16Array | Uint8Array>(a: T, b: T): T => {
      b.set(a);
      return b;
    };
    this.at = copy(this.at, new Float64Array(size));
    this.partition = copy(this.partition, new Uint16Array(size));
    this.value = copy(this.value, new Float64Array(size));
    this.idle = copy(this.idle, new Uint8Array(size));
  }
}

export class PartitionWatermarks {
  private readonly columns = new SampleColumns();
  /** Largest event time seen per partition; -Infinity before its first order. */
  private readonly maxSeen: Float64Array;
  /** Arrival of each partition's last order; NaN before its first. */
  private readonly last: Float64Array;
  private readonly idle: Uint8Array;
  /** What `samples` last said per partition (NaN = nothing yet), so only changes are recorded. */
  private readonly shownValue: Float64Array;
  private readonly shownIdle: Uint8Array;
  /** Arrival of the input's first order: a silent partition's idleness counts from there. */
  private first = NaN;
  /** The first emission at which a partition not idle now turns idle; Infinity if none can. */
  nextIdle = Infinity;

  constructor(
    private readonly n: number,
    private readonly bound: number,
    /** Infinity = no idleness. */
    private readonly idleTimeout: number,
    private readonly interval: number,
  ) {
    this.maxSeen = new Float64Array(n).fill(-Infinity);
    this.last = new Float64Array(n).fill(NaN);
    this.idle = new Uint8Array(n);
    this.shownValue = new Float64Array(n).fill(NaN);
    this.shownIdle = new Uint8Array(n);
  }

  /**
   * An order of partition `p` with event time `t` arrived at `now`. A partition that sends again
   * is active at once (WatermarksWithIdleness.onEvent; PartialWatermark.setWatermark clears idle).
   */
  onOrder(p: number, t: number, now: number): void {
    if (t > this.maxSeen[p]!) this.maxSeen[p] = t;
    this.last[p] = now;
    if (this.first !== this.first) this.first = now;
    if (this.idle[p] === 1) {
      this.idle[p] = 0;
      this.shownIdle[p] = 0;
      this.columns.push(now, p, this.shownValue[p]!, 0);
    }
  }

  /**
   * A periodic emission at `now` (it sees the orders that arrived before it): marks partitions
   * idle whose last order (or, for one that never sent, the input's first) arrived more than
   * idleTimeout earlier, records what changed, and returns the minimum watermark over partitions
   * that are not idle, or NaN when every partition is idle (the job then holds its watermark).
   */
  emit(now: number): number {
    const { n, maxSeen, last, idle, shownValue, shownIdle, idleTimeout } = this;
    const bound = this.bound + 1;
    let min = Infinity;
    let active = false;
    // The earliest last order among partitions still active: the next one to turn idle.
    let oldest = Infinity;
    const idling = idleTimeout !== Infinity;
    for (let p = 0; p < n; p++) {
      if (idling && idle[p] === 0) {
        const since = last[p] === last[p] ? last[p]! : this.first;
        // IdlenessTimer.checkIfIdle: idle only after strictly more than the timeout.
        if (now - since > idleTimeout) idle[p] = 1;
        else if (since < oldest) oldest = since;
      }
      const value = maxSeen[p]! - bound;
      if (value !== shownValue[p] || idle[p] !== shownIdle[p]) {
        shownValue[p] = value;
        shownIdle[p] = idle[p]!;
        this.columns.push(now, p, value, idle[p]!);
      }
      if (idle[p] === 0) {
        active = true;
        if (value < min) min = value;
      }
    }
    this.nextIdle = oldest === Infinity ? Infinity : this.emissionAfter(oldest + idleTimeout);
    return active ? min : NaN;
  }

  /** Every change so far, in the contract's shape (StreamRun.partitionWatermarks). */
  samples(): PartitionSample[] {
    return this.columns.toArray();
  }

  /** The first multiple of the interval strictly after `t`. */
  private emissionAfter(t: number): number {
    const i = this.interval;
    return Math.floor(t / i) * i + i;
  }
}
