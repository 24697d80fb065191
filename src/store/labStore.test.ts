import { describe, expect, it } from 'vitest';
import { createLabStore } from './labStore';
import { time } from '../engine';

const MINUTE = time.MINUTE;

describe('lab store', () => {
  it('starts at the beginning of the timeline, paused', () => {
    const store = createLabStore();
    const s = store.getState();
    expect(s.playhead).toBe(s.run.timeline.from);
    expect(s.playing).toBe(false);
  });

  it('keeps the old settings and shows a notice when a change is refused', () => {
    const store = createLabStore();
    const before = store.getState().run;
    store.getState().applySettings({ stream: { allowedLateness: -5 } });
    expect(store.getState().notice).toBe('invalid stream.allowedLateness: -5 (must be >= 0)');
    expect(store.getState().run).toBe(before);
    store.getState().dismissNotice();
    expect(store.getState().notice).toBeNull();
  });

  it('recomputes the run when settings change, merging sections', () => {
    const store = createLabStore();
    store.getState().applySettings({ stream: { allowedLateness: 2 * MINUTE } });
    const s = store.getState().settings;
    expect(s.stream.allowedLateness).toBe(2 * MINUTE);
    expect(s.stream.watermarkBound).toBe(MINUTE); // untouched fields keep their values
  });

  it('keeps the same warp object when a change leaves the timeline breaks as they were', () => {
    const store = createLabStore();
    const before = store.getState().warp;
    store.getState().applySettings({ stream: { allowedLateness: 10_000 } });
    expect(store.getState().warp).toBe(before);
    store.getState().applySettings({ batch: { schedule: 'hourly' } });
    const hourly = store.getState().warp;
    expect(hourly).not.toBe(before); // the nightly job's 12-hour break is gone
    expect(hourly.breaks).not.toEqual(before.breaks);
    expect(hourly.to).toBeLessThan(before.to);
  });

  it('steps to the next and previous order arrival', () => {
    const store = createLabStore();
    const { events } = store.getState().run;
    store.getState().stepOrder(1);
    expect(store.getState().playhead).toBe(events[0]!.arrivalTime);
    store.getState().stepOrder(1);
    const second = events.find((e) => e.arrivalTime > events[0]!.arrivalTime)!;
    expect(store.getState().playhead).toBe(second.arrivalTime);
    store.getState().stepOrder(-1);
    expect(store.getState().playhead).toBe(events[0]!.arrivalTime);
  });

  it('steps to the next firing of any lane', () => {
    const store = createLabStore();
    store.getState().stepFiring(1);
    const t = store.getState().playhead;
    const all = Object.values(store.getState().run.lanes).flatMap((l) =>
      l.emissions.map((e) => e.emittedAt),
    );
    expect(all).toContain(t);
    expect(Math.min(...all)).toBe(t);
  });

  it('clamps seeking to the timeline', () => {
    const store = createLabStore();
    store.getState().seek(-1e15);
    expect(store.getState().playhead).toBe(store.getState().warp.from);
    store.getState().seek(1e15);
    expect(store.getState().playhead).toBe(store.getState().warp.to);
  });
});

describe('lab store failure slice', () => {
  it("starts from the link's crash time and keeps the crash and bug times apart from the settings", () => {
    const store = createLabStore(undefined, { crashAt: 12 * 3_600_000 });
    expect(store.getState().crashAt).toBe(12 * 3_600_000);
    expect(store.getState().bugFoundAt).toBeNull();
    store.getState().setBugFoundAt(13 * 3_600_000);
    store.getState().applySettings({ scenario: { lateShare: 0.2 } });
    expect(store.getState().crashAt).toBe(12 * 3_600_000);
    expect(store.getState().bugFoundAt).toBe(13 * 3_600_000);
    store.getState().setCrashAt(null);
    expect(store.getState().crashAt).toBeNull();
  });

  it('says when the link claimed imported orders it could not bring', () => {
    expect(createLabStore().getState().staleImport).toBe(false);
    expect(createLabStore(undefined, { staleImport: true }).getState().staleImport).toBe(true);
  });
});
