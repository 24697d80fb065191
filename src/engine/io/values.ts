// One field of an imported event, checked and converted. Each checker returns the value or a
// message saying what is wrong and how to write it, so a learner can fix the file by the message.
import { msFromIso } from './isoTime';

/** A checked value, or why it was refused. */
export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const bad = (message: string): Checked<never> => ({ ok: false, message });

/** Latest accepted instant: 9999-12-31T23:59:59.999Z. */
export const MAX_TIME = 253402300799999;
/** Longest accepted key, in characters. */
export const MAX_KEY_LENGTH = 100;

function show(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** An instant: ISO 8601 with a zone, or integer epoch milliseconds (number or digits). */
export function checkTime(value: unknown, field: string): Checked<number> {
  let ms: number | null = null;
  if (typeof value === 'number') ms = Number.isInteger(value) ? value : null;
  else if (typeof value === 'string') {
    const t = value.trim();
    if (t === '') return bad(`${field} is empty`);
    ms = /^-?\d{1,16}$/.test(t) ? Number(t) : msFromIso(t);
  } else if (value === undefined || value === null) return bad(`${field} is missing`);
  if (ms === null)
    return bad(
      `${field} "${show(value)}" is not a valid ISO 8601 date-time with a zone (2026-05-01T12:00:00.000Z) or whole epoch milliseconds`,
    );
  if (ms < 0)
    return bad(`${field} ${show(value)} is before 1970-01-01, which the lab does not take`);
  if (ms > MAX_TIME) return bad(`${field} ${show(value)} is after the year 9999`);
  return ok(ms);
}

function wholeNumber(value: unknown, field: string, hint: string): Checked<number> {
  let n: number;
  if (typeof value === 'number') n = value;
  else if (
    typeof value === 'string' &&
    value.trim() !== '' &&
    /^[-+]?\d*\.?\d*(e[-+]?\d+)?$/i.test(value.trim())
  )
    n = Number(value.trim());
  else if (value === undefined || value === null || value === '') return bad(`${field} is missing`);
  else return bad(`${field} "${show(value)}" is not a number`);
  if (!Number.isFinite(n)) return bad(`${field} "${show(value)}" is not a number`);
  if (n < 0) return bad(`${field} ${show(value)} is negative`);
  if (!Number.isInteger(n)) return bad(`${field} ${show(value)} is not a whole number${hint}`);
  if (n > Number.MAX_SAFE_INTEGER) return bad(`${field} ${show(value)} is too large`);
  return ok(n);
}

/** Revenue in integer cents, >= 0. */
export function checkAmount(value: unknown): Checked<number> {
  const n = wholeNumber(value, 'amount', '');
  if (!n.ok && /not a whole number/.test(n.message) && typeof value !== 'object') {
    const cents = Math.round(Number(value) * 100);
    return bad(
      `amount ${show(value)} is not a whole number of cents (for ${show(value)} in currency units write ${cents})`,
    );
  }
  return n;
}

/** An order id: an integer >= 0, unique in the file (uniqueness is checked by the reader). */
export function checkId(value: unknown): Checked<number> {
  return wholeNumber(value, 'id', '');
}

/** A customer id, or undefined when the field is empty or absent. */
export function checkCustomer(value: unknown): Checked<number | undefined> {
  if (value === undefined || value === null || value === '') return ok(undefined);
  return wholeNumber(value, 'customer', '');
}

/**
 * The source partition of the `orders` topic (0-based, one per region: at most `maxPartition`),
 * or undefined when the field is empty or absent (partition 0).
 */
export function checkPartition(value: unknown, maxPartition: number): Checked<number | undefined> {
  if (value === undefined || value === null || value === '') return ok(undefined);
  const n = wholeNumber(value, 'partition', ' (partitions are numbered 0, 1, 2, …)');
  if (!n.ok) return n;
  if (n.value > maxPartition)
    return bad(
      `partition ${show(value)} is out of range: the lab reads partitions 0 to ${maxPartition} (one per region, ${maxPartition + 1} at most)`,
    );
  return n;
}

/** The grouping key (a product): a non-empty string, spaces around it trimmed. */
export function checkKey(value: unknown): Checked<string> {
  if (value === undefined || value === null) return bad('key is missing');
  if (typeof value !== 'string') return bad(`key ${show(value)} is not text (write it in quotes)`);
  const key = value.trim();
  if (key === '') return bad('key is empty');
  if (key.length > MAX_KEY_LENGTH) return bad(`key is longer than ${MAX_KEY_LENGTH} characters`);
  return ok(key);
}
