// ISO 8601 text for the lab's millisecond times, written and read without Date, checked against
// the platform's Date (allowed in tests) and by round trips.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isoFromMs, msFromIso } from './isoTime';

// The platform's Date is the reference these tests check against (the engine itself never uses it).
// eslint-disable-next-line no-restricted-globals
const PlatformDate = Date;

describe('isoFromMs / msFromIso', () => {
  it('isoFromMs(ms) equals Date#toISOString for years 0001..9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -62135596800000, max: 253402300799999 }), (ms) => {
        expect(isoFromMs(ms)).toBe(new PlatformDate(ms).toISOString());
      }),
    );
  });
  it('msFromIso(isoFromMs(ms)) === ms', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 253402300799999 }), (ms) => {
        expect(msFromIso(isoFromMs(ms))).toBe(ms);
      }),
    );
  });
  it('reads offsets, no seconds, a space separator and sub-ms zeros', () => {
    expect(msFromIso('1970-01-01T12:00:00.000+01:00')).toBe(11 * 3_600_000);
    expect(msFromIso('1970-01-01 12:00Z')).toBe(12 * 3_600_000);
    expect(msFromIso('2024-02-29T00:00:00.123000Z')).toBe(PlatformDate.UTC(2024, 1, 29) + 123);
  });
  it('rejects impossible dates, missing zones and sub-millisecond precision', () => {
    for (const bad of [
      '2023-02-29T00:00:00Z',
      '2024-13-01T00:00:00Z',
      '2024-01-01T24:00:00Z',
      '2024-01-01T00:00:00',
      'yesterday',
      '2024-01-01T00:00:00.0001Z',
      '',
    ])
      expect(msFromIso(bad), bad).toBeNull();
  });
});
