// The selectors with logic in them, read against real lab stores; and the factory that gives a
// parameterised selector one function per argument, so `useLab(selectX(arg))` is as stable as a
// module-scope selector.
import { describe, expect, it } from 'vitest';
import { time, type LateDelay } from '../engine';
import { createLabStore, type LabState } from './labStore';
import {
  selectAtStart,
  selectLaneError,
  selectLateDelaySigma,
  selectPlayheadReached,
  selectSessionGap,
  selectWindowSize,
  selectWindowSlide,
  selectorFactory,
} from './selectors';

const MINUTE = time.MINUTE;

describe('selectorFactory', () => {
  it('selectorFactory(make)(a) returns the same selector for the same object, another for another', () => {
    const make = selectorFactory((o: { n: number }) => () => o.n);
    const a = { n: 1 };
    expect(make(a)).toBe(make(a));
    expect(make({ n: 1 })).not.toBe(make(a));
  });

  it('keys primitives by value and several arguments together', () => {
    const make = selectorFactory((q: number, pin: number | null) => () => [q, pin]);
    expect(make(5, null)).toBe(make(5, null));
    expect(make(5, 7)).toBe(make(5, 7));
    expect(make(5, 7)).not.toBe(make(5, null));
    expect(make(6, 7)).not.toBe(make(5, 7));
  });

  it('builds each selector once, and still gives the right one after many primitives', () => {
    let built = 0;
    const make = selectorFactory((t: number) => {
      built++;
      return () => t;
    });
    const first = make(0);
    make(0);
    expect(built).toBe(1);
    // A slider's worth of values: the cache starts afresh rather than growing without bound.
    const state = createLabStore().getState();
    for (let t = 1; t <= 200; t++) expect(make(t)(state)).toBe(t);
    expect(make(0)(state)).toBe(0);
    expect(make(0)).not.toBe(first);
  });
});

describe('lab selectors', () => {
  it('selectAtStart is true only while paused at the start of the timeline', () => {
    const store = createLabStore();
    expect(selectAtStart(store.getState())).toBe(true);
    store.getState().seek(store.getState().warp.from + MINUTE);
    expect(selectAtStart(store.getState())).toBe(false);
    store.getState().rewind();
    expect(selectAtStart(store.getState())).toBe(true);
  });

  it('selectPlayheadReached(t) turns true at t, and never for a null t', () => {
    const store = createLabStore();
    const t = store.getState().warp.from + 10 * MINUTE;
    expect(selectPlayheadReached(t)(store.getState())).toBe(false);
    store.getState().seek(t);
    expect(selectPlayheadReached(t)(store.getState())).toBe(true);
    expect(selectPlayheadReached(null)(store.getState())).toBe(false);
    expect(selectPlayheadReached(t)).toBe(selectPlayheadReached(t));
  });

  it('the window selectors give each kind its lengths, and 0 for lengths the kind has not', () => {
    const store = createLabStore();
    store
      .getState()
      .applySettings({ window: { kind: 'sliding', size: 10 * MINUTE, slide: MINUTE } });
    expect(selectWindowSize(store.getState())).toBe(10 * MINUTE);
    expect(selectWindowSlide(store.getState())).toBe(MINUTE);
    expect(selectSessionGap(store.getState())).toBe(0);
    store.getState().applySettings({ window: { kind: 'session', gap: 3 * MINUTE } });
    expect(selectWindowSize(store.getState())).toBe(0);
    expect(selectWindowSlide(store.getState())).toBe(0);
    expect(selectSessionGap(store.getState())).toBe(3 * MINUTE);
  });

  it('selectLateDelaySigma is 1 when the settings leave the spread out', () => {
    const state = createLabStore().getState();
    const withDelay = (lateDelay: LateDelay): LabState => ({
      ...state,
      settings: { ...state.settings, scenario: { ...state.settings.scenario, lateDelay } },
    });
    const delay = { kind: 'lognormal', mean: MINUTE, max: 5 * MINUTE } as const;
    expect(selectLateDelaySigma(withDelay({ ...delay, sigma: 2 }))).toBe(2);
    expect(selectLateDelaySigma(withDelay(delay))).toBe(1);
  });

  it("selectLaneError(lane) is the engine's message for a lane it cannot run, else null", () => {
    const store = createLabStore();
    expect(selectLaneError('microbatch')(store.getState())).toBeNull();
    // Session windows are beyond the micro-batch lane.
    store.getState().applySettings({ window: { kind: 'session', gap: 3 * MINUTE } });
    expect(selectLaneError('microbatch')(store.getState())).toMatch(/\w/);
    expect(selectLaneError('stream')(store.getState())).toBeNull();
    expect(selectLaneError('microbatch')).toBe(selectLaneError('microbatch'));
  });
});
