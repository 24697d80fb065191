import { describe, expect, it } from 'vitest';
import { windowNote } from './labels';

describe('windowNote(spec)', () => {
  it('says sliding windows become tumbling windows of their size, sessions of their gap', () => {
    expect(windowNote({ kind: 'sliding', size: 600_000, slide: 300_000 })).toContain(
      'sliding 10 min windows become tumbling 10 min windows (their size)',
    );
    expect(windowNote({ kind: 'session', gap: 120_000 })).toContain(
      'sessions become tumbling 2 min windows (their gap)',
    );
  });
  it('says nothing for tumbling or global windows', () => {
    expect(windowNote({ kind: 'tumbling', size: 60_000 })).toBeNull();
    expect(windowNote({ kind: 'global' })).toBeNull();
  });
});
