import { describe, expect, it } from 'vitest';
import { events, job, NOON } from './fixtures';
import { defaultCrashAt, logSpan, spanOf } from './span';

describe('spanOf(events) and defaultCrashAt', () => {
  it('a default crash falls 60 % through the log, on a whole second', () => {
    expect(defaultCrashAt(spanOf(events))).toBe(NOON + 18_000);
    expect(spanOf(events)).toEqual(logSpan(job));
  });
});
