// The preset player against real stores: loading a preset applies its scenario paused at the
// start; playing stops exactly at each pause point; reset restores the defaults.
import { describe, expect, it } from 'vitest';
import { lab } from '../../engine';
import { createLabStore } from '../../store/labStore';
import { PRESETS, stepSettings } from '../presets';
import { createViewStore } from '../view/viewStore';
import { defaultUrlState } from '../url/state';
import {
  crossedPause,
  pauseTimes,
  reachedPauses,
  resetAll,
  startPreset,
  watchPauses,
} from './player';

// The store is `lab` in this file; the engine's lab namespace gives the defaults.
const defaultLabSettings = lab.defaultLabSettings;

describe('crossedPause / reachedPauses', () => {
  it('crossedPause finds the first pause in (from, to]', () => {
    expect(crossedPause([10, 20], 0, 9)).toBeNull();
    expect(crossedPause([10, 20], 0, 10)).toBe(10);
    expect(crossedPause([10, 20], 10, 25)).toBe(20);
    expect(crossedPause([10, 20], 5, 25)).toBe(10);
  });
  it('reachedPauses counts pause points at or before the playhead', () => {
    expect(reachedPauses([10, 20], 9)).toBe(0);
    expect(reachedPauses([10, 20], 10)).toBe(1);
    expect(reachedPauses([10, 20], 99)).toBe(2);
  });
});

describe('startPreset, watchPauses, resetAll', () => {
  it('loads the preset paused at the start, stops playback at its pause point, and resets', () => {
    const lab = createLabStore();
    const view = createViewStore(defaultUrlState);
    const stop = watchPauses(lab, view);
    lab.getState().seek(lab.getState().warp.to);

    expect(startPreset(lab, view, 1)).toBe(true);
    const preset = PRESETS[1]!;
    expect(lab.getState().settings).toEqual(stepSettings(preset.steps[0]));
    expect(lab.getState().playhead).toBe(lab.getState().warp.from);
    expect(view.getState().preset).toBe(preset.id);

    const [first] = pauseTimes(lab.getState().run, preset.steps[0]);
    // Simulate the runner moving the playhead past the pause point while playing.
    lab.setState({ playing: true });
    lab.setState({ playhead: first! + 60_000 });
    expect(lab.getState().playing).toBe(false);
    expect(lab.getState().playhead).toBe(first);

    resetAll(lab, view);
    expect(lab.getState().settings).toEqual(defaultLabSettings);
    expect(lab.getState().playhead).toBe(lab.getState().warp.from);
    expect(view.getState().preset).toBeNull();
    stop();
  });

  it('reset drops a lognormal sigma the merge would otherwise keep', () => {
    const lab = createLabStore();
    const view = createViewStore(defaultUrlState);
    lab.getState().applySettings({ scenario: { lateDelay: { kind: 'lognormal', sigma: 2 } } });
    resetAll(lab, view);
    expect(lab.getState().settings).toEqual(defaultLabSettings);
  });

  it('refuses an unknown preset', () => {
    const lab = createLabStore();
    const view = createViewStore(defaultUrlState);
    expect(startPreset(lab, view, 9)).toBe(false);
    expect(startPreset(lab, view, 'nope')).toBe(false);
    expect(view.getState().preset).toBeNull();
  });

  it('"Backfill after a bug" sets the panel’s bug-found time; another preset and Alt+R clear it', () => {
    const lab = createLabStore();
    const view = createViewStore(defaultUrlState);
    expect(startPreset(lab, view, 'backfill')).toBe(true);
    const step = PRESETS.find((p) => p.id === 'backfill')!.steps[0];
    expect(lab.getState().bugFoundAt).toBe(step.bugFoundAt!(lab.getState().run));
    resetAll(lab, view);
    expect(lab.getState().bugFoundAt).toBeNull();
    startPreset(lab, view, 'backfill');
    startPreset(lab, view, 'crash');
    expect(lab.getState().bugFoundAt).toBeNull();
  });

  it('"Backfill after a bug" starts two minutes before the bug is found and pauses there, even as the run ends', () => {
    const lab = createLabStore();
    const view = createViewStore(defaultUrlState);
    const stop = watchPauses(lab, view);
    expect(startPreset(lab, view, 'backfill')).toBe(true);
    const found = lab.getState().bugFoundAt!;
    expect(lab.getState().playhead).toBe(found - 2 * 60_000);
    // The runner's last step of play: the playhead reaches the end and playing stops at once.
    lab.setState({ playing: true });
    lab.setState({ playing: false, playhead: lab.getState().warp.to });
    expect(lab.getState().playhead).toBe(found);
    expect(view.getState().spotlight?.at).toEqual({
      kind: 'panel',
      tab: 'failures',
      target: 'backfill-chart',
    });
    stop();
  });
});
