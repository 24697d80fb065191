// Distinct counting in a few kilobytes: HyperLogLog (Flajolet, Fusy, Gandouet & Meunier 2007)
// over customer ids, so the lab can set "memory of an exact set" against "m one-byte registers"
// and show each order touching one register. Estimates use Ertl's (2017) improved estimator over a
// register histogram kept current on every rise, so estimate() is O(32 - p), not O(m).
import { EngineInputError, describeValue } from '../core/validate';

/** A HyperLogLog sketch of m = 2^precision one-byte registers. */
export interface HyperLogLog {
  readonly precision: number;
  /** Number of registers, 2^precision. */
  readonly size: number;
  /** Adds one item; reports the register it touched, its rank, and whether the register rose. */
  add(value: number | string): { register: number; rank: number; changed: boolean };
  /** The estimated number of distinct items added so far. */
  estimate(): number;
  /** A copy of the registers. */
  registers(): Uint8Array;
  /** The relative standard error 1.04 / sqrt(m). */
  standardError(): number;
  /** Bytes of state: one per register. */
  memoryBytes(): number;
}

/** murmur3's fmix32 finaliser: every input bit flips each output bit with probability ~1/2. */
function fmix32(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/** One murmur3_32 body round: mixes a 32-bit block into the running hash. */
function murmurRound(h: number, block: number): number {
  let k = Math.imul(block, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  let r = h ^ k;
  r = (r << 13) | (r >>> 19);
  return (Math.imul(r, 5) + 0xe6546b64) | 0;
}

// Scratch views for reading a float's bits without allocating per call.
const floatBits = new Float64Array(1);
const floatWords = new Uint32Array(floatBits.buffer);

/**
 * A deterministic 32-bit hash (unsigned). Numbers: murmur3_32 of the 8 bytes of the value (safe
 * integers as their low/high 32-bit words, other numbers as their IEEE-754 bits; -0 counts as 0).
 * Strings: FNV-1a over UTF-16 code units, then fmix32 (FNV's low bits alone are weak).
 */
export function hashValue(value: number | string): number {
  if (typeof value === 'string') {
    let h = 0x811c9dc5;
    for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193);
    return fmix32(h) >>> 0;
  }
  let lo: number;
  let hi: number;
  if (Number.isSafeInteger(value)) {
    lo = value | 0; // -0 | 0 === 0
    hi = Math.floor(value / 4294967296) | 0;
  } else {
    floatBits[0] = value;
    lo = floatWords[0]! | 0;
    hi = floatWords[1]! | 0;
  }
  // Seed 0x9747b28c (a common murmur3 seed); length 8 is folded in as murmur3 does.
  const h = murmurRound(murmurRound(0x9747b28c, lo), hi) ^ 8;
  return fmix32(h) >>> 0;
}

/**
 * Where a hash lands: `register` = its top `precision` bits; `rank` = the number of leading
 * zeros of the remaining 32 - p bits, plus one (the position of the first 1), capped at
 * 32 - p + 1 when they are all zero (Flajolet et al. 2007, rho(w)).
 */
export function splitHash(hash: number, precision: number): { register: number; rank: number } {
  const rest = (hash << precision) >>> 0;
  return {
    register: hash >>> (32 - precision),
    rank: rest === 0 ? 33 - precision : Math.clz32(rest) + 1,
  };
}

/** alpha_inf = 1 / (2 ln 2), the limit of the 2007 alpha_m as m grows (Ertl 2017). */
const ALPHA_INF = 1 / (2 * Math.LN2);

/**
 * sigma(x) = x + sum_{k>=1} x^(2^k) 2^(k-1): the correction for registers still at zero (Ertl 2017,
 * Algorithm 6). Summed until a term no longer changes the total; sigma(1) is infinite.
 */
function sigma(x: number): number {
  if (x === 1) return Infinity;
  let xPow = x;
  let weight = 1;
  let sum = x;
  for (;;) {
    xPow *= xPow;
    const prev = sum;
    sum += xPow * weight;
    weight += weight;
    if (sum === prev) return sum;
  }
}

/**
 * tau(x) = (1 - x - sum_{k>=1} (1 - x^(2^-k))^2 2^-k) / 3: the correction for registers at the rank
 * cap q + 1 (Ertl 2017, Algorithm 6). Summed until converged; tau(0) = tau(1) = 0.
 */
function tau(x: number): number {
  if (x === 0 || x === 1) return 0;
  let root = x;
  let weight = 1;
  let sum = 1 - x;
  for (;;) {
    root = Math.sqrt(root);
    const prev = sum;
    weight *= 0.5;
    sum -= (1 - root) * (1 - root) * weight;
    if (sum === prev) return sum / 3;
  }
}

/**
 * A HyperLogLog with m = 2^precision registers (precision an integer in 4..16, else
 * EngineInputError). The estimate is Ertl's improved raw estimator (2017, "New cardinality
 * estimation algorithms for HyperLogLog sketches", Algorithm 6) over the register histogram
 * C[0..q+1], q = 32 - p: z = m tau(1 - C[q+1]/m), then z = (z + C[k]) / 2 for k = q..1, then
 * z += m sigma(C[0]/m); estimate = alpha_inf m^2 / z. It has no range switch, so no bias bump where
 * the 2007 estimator handed linear counting over to the raw estimate (n ≈ 5m/2), and sigma/tau
 * cover the small range and the rank cap that the 2007 corrections patched.
 */
export function createHyperLogLog(precision: number): HyperLogLog {
  if (
    typeof precision !== 'number' ||
    !Number.isInteger(precision) ||
    precision < 4 ||
    precision > 16
  ) {
    throw new EngineInputError(
      `invalid HyperLogLog precision: ${describeValue(precision)} (must be an integer between 4 and 16)`,
    );
  }
  const p = precision;
  const m = 1 << p;
  const regs = new Uint8Array(m);
  const am2 = ALPHA_INF * m * m;
  const q = 32 - p;
  const maxRank = q + 1;
  // histogram[r] = number of registers holding rank r; moved on every rise.
  const histogram = new Int32Array(maxRank + 1);
  histogram[0] = m;

  return {
    precision: p,
    size: m,
    add(value) {
      if (typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value))) {
        throw new EngineInputError(
          `invalid value: ${describeValue(value)} (must be a finite number or a string)`,
        );
      }
      const hash = hashValue(value);
      const register = hash >>> (32 - p);
      const rest = (hash << p) >>> 0;
      const rank = rest === 0 ? maxRank : Math.clz32(rest) + 1;
      const old = regs[register]!;
      if (rank <= old) return { register, rank, changed: false };
      regs[register] = rank;
      histogram[old]!--;
      histogram[rank]!++;
      return { register, rank, changed: true };
    },
    estimate() {
      if (histogram[0] === m) return 0; // sigma(1) is infinite: nothing added yet
      let z = m * tau(1 - histogram[maxRank]! / m);
      for (let k = q; k >= 1; k--) z = 0.5 * (z + histogram[k]!);
      z += m * sigma(histogram[0]! / m);
      return am2 / z;
    },
    registers: () => regs.slice(),
    standardError: () => 1.04 / Math.sqrt(m),
    memoryBytes: () => m,
  };
}
