import { describe, expect, it } from 'vitest';
import { createTimeWarp } from '../../geometry/timewarp';
import { breakMarks, firingTicks, keyAction, scrubStep, type KeyPress } from './model';

const MIN = 60_000;
const warp = createTimeWarp([0, 5 * MIN, 60 * MIN, 62 * MIN], {
  from: 0,
  to: 62 * MIN,
  maxGap: 5 * MIN,
  gapSize: MIN,
});

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  repeat: false,
  target: { tagName: 'BODY', role: null, isContentEditable: false },
  ...extra,
});

describe('breakMarks', () => {
  it('breakMarks(warp) places each squeezed stretch as a fraction of the axis', () => {
    const marks = breakMarks(warp);
    expect(marks).toHaveLength(1);
    const [m] = marks;
    expect(m!.x0).toBeGreaterThan(0);
    expect(m!.x1).toBeGreaterThan(m!.x0);
    expect(m!.x1).toBeLessThan(1);
    expect(m!.hidden).toBeCloseTo(55 * MIN - MIN / 2);
  });
});

describe('firingTicks', () => {
  it('firingTicks merges firings in one slot and keeps lanes apart', () => {
    const ticks = firingTicks(
      {
        stream: [{ emittedAt: 0 }, { emittedAt: 1 }, { emittedAt: 62 * MIN }],
        microbatch: [{ emittedAt: 0 }],
        batch: [{ emittedAt: NaN }],
      },
      warp,
    );
    expect(ticks).toEqual([
      { lane: 'stream', x: 0 },
      { lane: 'stream', x: 1 },
      { lane: 'microbatch', x: 0 },
    ]);
  });
});

describe('scrubStep', () => {
  it('scrubStep(total) is a 400th of the axis, at least 1 ms', () => {
    expect(scrubStep(400_000)).toBe(1000);
    expect(scrubStep(10)).toBe(1);
  });
});

describe('keyAction', () => {
  it('Space toggles, arrows step orders, Shift+arrows step firings, Home rewinds', () => {
    expect(keyAction(press(' '))).toBe('toggle');
    expect(keyAction(press('ArrowRight'))).toBe('nextOrder');
    expect(keyAction(press('ArrowLeft'))).toBe('previousOrder');
    expect(keyAction(press('ArrowRight', { shiftKey: true }))).toBe('nextFiring');
    expect(keyAction(press('ArrowLeft', { shiftKey: true }))).toBe('previousFiring');
    expect(keyAction(press('Home'))).toBe('rewind');
    expect(keyAction(press('a'))).toBeNull();
  });
  it('leaves keys alone in inputs, selects, text areas and editable regions', () => {
    for (const tagName of ['INPUT', 'SELECT', 'TEXTAREA', 'input']) {
      const target = { tagName, role: null, isContentEditable: false };
      expect(keyAction(press(' ', { target }))).toBeNull();
      expect(keyAction(press('ArrowLeft', { target }))).toBeNull();
      expect(keyAction(press('Home', { target }))).toBeNull();
    }
    const editable = { tagName: 'DIV', role: null, isContentEditable: true };
    expect(keyAction(press(' ', { target: editable }))).toBeNull();
  });
  it('leaves Space to buttons and summaries but steps with arrows there', () => {
    const button = { tagName: 'BUTTON', role: null, isContentEditable: false };
    expect(keyAction(press(' ', { target: button }))).toBeNull();
    expect(keyAction(press('ArrowRight', { target: button }))).toBe('nextOrder');
    const summary = { tagName: 'SUMMARY', role: null, isContentEditable: false };
    expect(keyAction(press(' ', { target: summary }))).toBeNull();
  });
  it('leaves arrows to widgets that use them, and ignores modifier chords and held Space', () => {
    const tab = { tagName: 'DIV', role: 'tab', isContentEditable: false };
    expect(keyAction(press('ArrowRight', { target: tab }))).toBeNull();
    expect(keyAction(press('ArrowRight', { ctrlKey: true }))).toBeNull();
    expect(keyAction(press('Home', { metaKey: true }))).toBeNull();
    expect(keyAction(press(' ', { repeat: true }))).toBeNull();
    expect(keyAction(press(' ', { target: null }))).toBe('toggle');
  });
});
