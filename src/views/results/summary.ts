// The one-line verdicts above the results table: how often each lane agrees with the truth so
// far, and how many orders each lane has lost on the way. Plain strings, so they read the same on
// a projector, to a screen reader and in a test.
import { formatCount } from '../../format/count';
import { orders } from './format';
import { RESULT_LANES, RESULT_LANE_TITLES, type ResultLane, type ResultsTable } from './model';

const count = formatCount;

/** "Stream: matches the truth in 13 of 30 rows (2 pending)"; a lane that cannot run says so. */
export function laneVerdicts(table: ResultsTable): { lane: ResultLane; text: string }[] {
  return RESULT_LANES.map((lane) => {
    const t = table.tally[lane];
    const title = RESULT_LANE_TITLES[lane];
    if (t.total === 0 && table.rows.length > 0)
      return { lane, text: `${title}: cannot run these settings` };
    const pending = t.pending > 0 ? ` (${count(t.pending)} pending)` : '';
    return {
      lane,
      text: `${title}: matches the truth in ${count(t.match)} of ${count(t.total)} rows${pending}`,
    };
  });
}

/**
 * What each lane lost so far: "Stream dropped 28 late orders", "Micro-batch ignored 20 late
 * orders", "Batch missed 7 orders (7 picked up by the re-run)", and how many orders have arrived.
 */
export function lossSummary(table: ResultsTable): string[] {
  const l = table.lost;
  const late = (n: number) => `${count(n)} late ${n === 1 ? 'order' : 'orders'}`;
  const batch =
    l.batchMissed > 0 && l.batchRecovered > 0
      ? `Batch missed ${orders(l.batchMissed)} (${count(l.batchRecovered)} picked up by the re-run)`
      : `Batch missed ${orders(l.batchMissed)}`;
  return [
    `Stream dropped ${late(l.streamDropped)}`,
    `Micro-batch ignored ${late(l.microDropped)}`,
    batch,
    `${count(l.arrived)} of ${count(l.total)} orders arrived`,
  ];
}
