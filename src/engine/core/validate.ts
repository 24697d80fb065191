// Named normalisers that reject bad input early with a message a learner can act on
// (Observable Plot's maybe* habit). Every public engine function calls these first.

/** Thrown for any invalid argument to a public engine function. */
export class EngineInputError extends Error {
  override name = 'EngineInputError';
}

/** A value as error messages show it: numbers plainly (NaN, Infinity), the rest as JSON. */
export function describeValue(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** A finite number (a time, an amount, an offset). */
export function finiteNumber(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new EngineInputError(
      `invalid ${what}: ${describeValue(value)} (must be a finite number)`,
    );
  }
  return value;
}

/** A finite number > 0 (a window size, a period, an interval). */
export function positive(value: unknown, what: string): number {
  const n = finiteNumber(value, what);
  if (n <= 0) throw new EngineInputError(`invalid ${what}: ${describeValue(value)} (must be > 0)`);
  return n;
}

/** A finite number >= 0 (a lateness, a delay, a duration). */
export function nonNegative(value: unknown, what: string): number {
  const n = finiteNumber(value, what);
  if (n < 0) throw new EngineInputError(`invalid ${what}: ${describeValue(value)} (must be >= 0)`);
  return n;
}

/** An integer >= min. */
export function integerAtLeast(value: unknown, min: number, what: string): number {
  const n = finiteNumber(value, what);
  if (!Number.isInteger(n) || n < min) {
    throw new EngineInputError(
      `invalid ${what}: ${describeValue(value)} (must be an integer >= ${min})`,
    );
  }
  return n;
}

/** A number in [0, 1] (a share, a probability). */
export function fraction(value: unknown, what: string): number {
  const n = finiteNumber(value, what);
  if (n < 0 || n > 1)
    throw new EngineInputError(
      `invalid ${what}: ${describeValue(value)} (must be between 0 and 1)`,
    );
  return n;
}

/** One of a fixed set of names. */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new EngineInputError(
      `invalid ${what}: ${describeValue(value)} (must be one of ${allowed.join(', ')})`,
    );
  }
  return value as T;
}

/** Fails unless `cond` holds; for cross-field rules such as "slide <= size". */
export function check(cond: boolean, message: string): asserts cond {
  if (!cond) throw new EngineInputError(message);
}
