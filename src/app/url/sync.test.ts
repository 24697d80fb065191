// syncUrl against real stores and a fake address bar: settings changes are written (throttled),
// the playhead only once playback stops, and the written link reads back to what is on screen.
import { describe, expect, it } from 'vitest';
import { createLabStore } from '../../store/labStore';
import { manualScheduler } from '../../store/testing/manualScheduler';
import { createViewStore } from '../view/viewStore';
import { parseLabUrl } from './codec';
import { defaultUrlState } from './state';
import { syncUrl, type UrlTarget } from './sync';

function fakeUrl(): UrlTarget & { writes: string[] } {
  let current = '';
  const writes: string[] = [];
  return {
    writes,
    search: () => current,
    replace(search) {
      current = search;
      writes.push(search);
    },
  };
}

describe('syncUrl', () => {
  it('writes a settings change once per burst, and the link reads back to the settings', () => {
    const clock = manualScheduler();
    const lab = createLabStore(undefined, { scheduler: clock });
    const view = createViewStore(defaultUrlState);
    const url = fakeUrl();
    const stop = syncUrl(lab, view, url, 300);
    for (const late of [0.2, 0.25, 0.3])
      lab.getState().applySettings({ scenario: { lateShare: late } });
    expect(url.writes).toEqual([]);
    clock.advance(300);
    expect(url.writes).toEqual(['?late=0.3']);
    expect(parseLabUrl(url.search()).state.settings).toEqual(lab.getState().settings);
    stop();
  });

  it('leaves the playhead out while playing and writes it on pause', () => {
    const clock = manualScheduler();
    const lab = createLabStore(undefined, { scheduler: clock, reducedMotion: () => false });
    const view = createViewStore(defaultUrlState);
    const url = fakeUrl();
    const stop = syncUrl(lab, view, url, 300);
    clock.advance(300);
    const writesBefore = url.writes.length;
    lab.getState().play();
    clock.frames(60); // a second of frames
    expect(lab.getState().playhead).toBeGreaterThan(lab.getState().warp.from);
    expect(url.writes.length).toBe(writesBefore);
    lab.getState().pause();
    clock.advance(300);
    expect(url.search()).toBe(`?t=${Math.round(lab.getState().playhead)}`);
    stop();
  });

  it('writes view changes: presenter mode, theme, panel', () => {
    const clock = manualScheduler();
    const lab = createLabStore(undefined, { scheduler: clock });
    const view = createViewStore(defaultUrlState);
    const url = fakeUrl();
    const stop = syncUrl(lab, view, url, 300);
    view.getState().setMode('present');
    view.getState().setTheme('dark');
    view.getState().setPanel('results');
    clock.advance(300);
    expect(url.search()).toBe('?panel=results&mode=present&theme=dark');
    stop();
  });
});

describe('syncUrl and the failure slice', () => {
  it("writes the lab store's crash time, and the link reads back to it", () => {
    const clock = manualScheduler();
    const lab = createLabStore(undefined, { scheduler: clock });
    const view = createViewStore(defaultUrlState);
    const url = fakeUrl();
    const stop = syncUrl(lab, view, url, 300);
    const crash = lab.getState().warp.from + 20 * 60_000;
    lab.getState().setCrashAt(crash);
    clock.advance(300);
    expect(parseLabUrl(url.search()).state.crashAt).toBe(crash);
    stop();
  });
});

describe('syncUrl at start', () => {
  it('rewrites a link with ignored parts to the canonical link of what is on screen', () => {
    const { state } = parseLabUrl('?late=0.3&bogus=1&rate=NaN&late=0.5');
    const clock = manualScheduler();
    const lab = createLabStore(state.settings, { scheduler: clock });
    const view = createViewStore(state);
    const url = fakeUrl();
    url.replace('?late=0.3&bogus=1&rate=NaN&late=0.5');
    const stop = syncUrl(lab, view, url, 300);
    clock.advance(300);
    expect(url.search()).toBe('?late=0.3');
    stop();
  });
});
