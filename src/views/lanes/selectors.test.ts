// The lanes' selectors against a store and the lane models built from its run: what each returns
// at a playhead, and that a model keeps one selector (useLab then keeps its subscription).
import { describe, expect, it } from 'vitest';
import { createLabStore } from '../../store/labStore';
import { batchModel } from './batchModel';
import { microBatchModel } from './microBatchModel';
import { sharedModel } from './model';
import { streamModel } from './streamModel';
import {
  requestCaption,
  selectBadgesShown,
  selectBatchMissed,
  selectBatchPickedUp,
  selectBatchSummary,
  selectJobsStarted,
  selectLaneZoom,
  selectMicroSummary,
  selectStoredHundreds,
  selectStreamSummary,
} from './selectors';

const M = 60_000;
const H = 60 * M;
const NOON = 12 * H;

function setup() {
  const store = createLabStore({
    // Half the devices go offline at 12:50 for 15 minutes: their orders arrive after 13:00.
    scenario: {
      duration: 55 * M,
      rate: 20,
      outages: [{ start: NOON + 50 * M, duration: 15 * M, share: 0.5 }],
    },
    batch: { schedule: 'hourly', runDelay: 0, duration: 5 * M },
  });
  const { run } = store.getState();
  return { store, run, batch: batchModel(run)!, shared: sharedModel(run) };
}

describe('lane selectors', () => {
  it('give one selector per model', () => {
    const { batch, shared } = setup();
    expect(selectBatchSummary(batch)).toBe(selectBatchSummary(batch));
    expect(selectBadgesShown(batch)).toBe(selectBadgesShown(batch));
    expect(selectStoredHundreds(shared)).toBe(selectStoredHundreds(shared));
  });

  it('selectBatchSummary(model) says what the job has done and missed at the playhead', () => {
    const { store, batch } = setup();
    const summary = selectBatchSummary(batch);
    expect(summary(store.getState())).toBe(
      'Batch lane: 0 window results written; 0 orders missed, 0 picked up by a re-run.',
    );
    const job = batch.jobs[0]!;
    store.getState().seek(job.run.startedAt);
    expect(summary(store.getState())).toMatch(/^Batch lane: the job is running; /);
    const rerun = batch.jobs.find((j) => j.rerun)!;
    store.getState().seek(rerun.run.emittedAt - 1);
    const missed = selectBatchMissed(batch)(store.getState());
    expect(missed).toBeGreaterThan(0);
    expect(summary(store.getState())).toContain(`${missed} orders missed`);
    store.getState().seek(rerun.run.emittedAt);
    expect(selectBatchMissed(batch)(store.getState())).toBe(0);
    expect(selectBatchPickedUp(batch)(store.getState())).toBe(missed);
    expect(selectJobsStarted(batch)(store.getState())).toBe(batch.jobs.indexOf(rerun) + 1);
  });

  it('selectBadgesShown(model) counts the results emitted by the playhead', () => {
    const { store, batch } = setup();
    expect(selectBadgesShown(batch)(store.getState())).toBe(0);
    store.getState().seek(batch.badgeTimes[0]!);
    expect(selectBadgesShown(batch)(store.getState())).toBeGreaterThan(0);
  });

  it('the micro-batch and stream summaries name their counts', () => {
    const { store, run } = setup();
    store.getState().seek(NOON + 30 * M);
    expect(selectMicroSummary(microBatchModel(run)!)(store.getState())).toMatch(
      /^Micro-batch lane: .+; [\d,]+ orders? ignored as too late\.$/,
    );
    expect(selectStreamSummary(streamModel(run)!)(store.getState())).toMatch(
      /^Stream lane: [\d,]+ windows? closed, [\d,]+ open, [\d,]+ results? emitted, [\d,]+ orders? dropped as too late\.$/,
    );
  });

  it('selectStoredHundreds(shared) counts arrived orders in whole hundreds', () => {
    const { store, run, shared } = setup();
    store.getState().seek(store.getState().warp.to);
    expect(selectStoredHundreds(shared)(store.getState())).toBe(
      Math.floor(run.events.length / 100),
    );
  });

  it('selectLaneZoom(warp) is null while the store holds another warp', () => {
    const { store } = setup();
    const warp = store.getState().warp;
    expect(selectLaneZoom(warp)(store.getState())).toBeGreaterThan(0);
    store.getState().applySettings({ batch: { schedule: 'nightly' } });
    expect(store.getState().warp).not.toBe(warp);
    expect(selectLaneZoom(warp)(store.getState())).toBeNull();
  });

  it('requestCaption(rows) names the rows and the query time', () => {
    expect(requestCaption(1234)).toMatch(/^query scans 1,234 rows · [\d.]+ ms$/);
  });
});
