// "Why is my window empty?" shows its lesson in the run itself: without idleness Flink holds the
// windows region 3 left open and drops none of its orders while Spark drops them; with a 30 s idle
// timeout the windows fire on time and region 3's orders go to the side output. The answers quote
// these same figures.
import { describe, expect, it } from 'vitest';
import { time, lab } from '../../engine';
import { presetById } from './presets';
import { lateInOutage, regionFacts, windowsHeldAt } from './regions';
import { stepSettings } from './settings';

const MINUTE = time.MINUTE;

const preset = presetById('empty-window')!;
const noIdle = lab.runLab(stepSettings(preset.steps[0]));
const idle = lab.runLab(stepSettings(preset.steps[1]!));

describe('"Why is my window empty?"', () => {
  it('without idleness holds windows for region 3, drops none of its orders; Spark drops them', () => {
    const f = regionFacts(noIdle);
    expect(f.region).toBe(3);
    expect(f.windowsHeld).toBeGreaterThanOrEqual(2);
    expect(f.longestHold).toBeGreaterThan(5 * MINUTE);
    expect(f.streamDropped).toBe(0);
    expect(f.sparkDroppedRegion).toBeGreaterThan(0);
    expect(windowsHeldAt(noIdle, lateInOutage(noIdle)).length).toBeGreaterThanOrEqual(1);
  });

  it('with a 30 s idle timeout fires on time and drops region 3’s orders instead', () => {
    const f = regionFacts(idle);
    expect(f.windowsHeld).toBe(0);
    expect(f.streamDroppedRegion).toBeGreaterThan(0);
    expect(f.streamDropped).toBe(f.streamDroppedRegion);
  });

  it('quotes the run’s own figures in its answers', () => {
    const f = regionFacts(noIdle);
    const answer = preset.steps[0].pauses[1]!.reveal(noIdle);
    expect(answer).toContain(`${f.windowsHeld} windows held open`);
    expect(answer).toContain(`Spark dropped ${f.sparkDroppedRegion.toLocaleString('en')} orders`);
    const second = preset.steps[1]!.pauses[0]!.reveal(idle);
    expect(second).toContain(
      `${regionFacts(idle).streamDroppedRegion.toLocaleString('en')} orders went to the late side output`,
    );
  });
});
