// Distinct counting in a few kilobytes: HyperLogLog (Flajolet, Fusy, Gandouet & Meunier 2007)
// over customer ids, so the lab can set "memory of an exact set" against "m one-byte registers"
// and show each order touching one register. Estimates are O(1): the harmonic sum is kept current.
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

/** alpha_m, the bias correction of the raw estimate (Flajolet et al. 2007, Fig. 3). */
function alpha(m: number): number {
  if (m === 16) return 0.673;
  if (m === 32) return 0.697;
  if (m === 64) return 0.709;
  return 0.7213 / (1 + 1.079 / m);
}

// 2^-r for every rank a register can hold (0..29 at p = 4).
const INV_POW2 = Float64Array.from({ length: 34 }, (_, r) => 2 ** -r);

/**
 * A HyperLogLog with m = 2^precision registers (precision an integer in 4..16, else
 * EngineInputError). The estimate is the raw alpha_m m^2 / sum 2^-M[j], replaced by linear
 * counting m ln(m / V) when it is <= 5m/2 and V registers are still zero. There is no
 * large-range correction: it only matters near 2^32 / 30 ≈ 1.4 × 10^8 distinct items, where a
 * 32-bit hash starts colliding; the lab counts at most millions of customers.
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
  const am2 = alpha(m) * m * m;
  const maxRank = 33 - p;
  // Kept current on every rise; exact, since each term is a dyadic fraction well within 53 bits.
  let harmonicSum = m;
  let zeros = m;

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
      harmonicSum += INV_POW2[rank]! - INV_POW2[old]!;
      if (old === 0) zeros--;
      return { register, rank, changed: true };
    },
    estimate() {
      const raw = am2 / harmonicSum;
      if (raw <= 2.5 * m && zeros > 0) return m * Math.log(m / zeros);
      return raw;
    },
    registers: () => regs.slice(),
    standardError: () => 1.04 / Math.sqrt(m),
    memoryBytes: () => m,
  };
}
