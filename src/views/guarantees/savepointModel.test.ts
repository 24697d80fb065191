import { describe, expect, it } from 'vitest';
import { events, NOON, stream } from './fixtures';
import { savepointModel } from './savepointModel';

describe('savepointModel(stop at 12:00:12)', () => {
  it('the same job resumed ends where it would have without stopping', () => {
    const m = savepointModel(events, stream, NOON + 12_000, 'none');
    expect(m.verdict).toContain('✓ Resumed from the savepoint');
    expect(m.lines[0]).toEqual({ label: 'Savepoint', value: 'at 12:00:12, offset 3' });
  });

  it('a new formula leaves a window mixing both, short of the new job run from the start', () => {
    const m = savepointModel(events, stream, NOON + 12_000, 'formula');
    expect(m.lines.at(-1)).toEqual({ label: 'Rows mixing both formulas', value: '2' });
    expect(m.verdict).toBe(
      '✗ Neither the old job nor the new one: $0.60 short of the new job run from the start.',
    );
  });

  it('a new window size restores every window state, which fires with its old size', () => {
    const m = savepointModel(events, stream, NOON + 12_000, 'window-size');
    expect(m.lines[1]!.value).toBe('2: all restored');
    expect(m.lines.at(-1)).toEqual({
      label: 'Restored windows firing with the old size',
      value: '2',
    });
    expect(m.notes[1]).toContain('keep their old bounds');
  });
});
