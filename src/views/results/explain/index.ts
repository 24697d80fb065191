// Why a lane's number differs from the truth for one product and window, in plain sentences that
// name the orders responsible: dropped as late by the stream, ignored by a micro-batch, missed by
// the nightly job, still on the way. Pure: (run, row, instant) in, sentences out. One file per lane.
import type { LabRun } from '../../../engine';
import { orders } from '../format';
import { RESULT_LANES, type CellState, type ResultLane, type ResultRow } from '../model';
import { cellOrders } from '../tableIndex';
import { explainBatch } from './batch';
import { explainMicroBatch } from './microBatch';
import { firstArrival, onTheWay, type Ctx } from './shared';
import { explainStream } from './stream';

export interface LaneExplanation {
  lane: ResultLane;
  state: CellState;
  /** One or more sentences, in the order they should be read. */
  lines: string[];
}

/** Explanations for every lane of a row at instant `at`, in the table's column order. */
export function explainRow(run: LabRun, row: ResultRow, at: number): LaneExplanation[] {
  const inCell = cellOrders(run, row.id);
  const arrived = inCell.filter((o) => o.arrivalTime <= at);
  const pending = inCell.filter((o) => o.arrivalTime > at);
  const ctx: Ctx = { run, row, at, arrived, pending };
  return RESULT_LANES.map((lane) => {
    const state = row.cells[lane].state;
    let lines: string[];
    if (lane === 'request') lines = explainRequest(ctx);
    else {
      const outcome =
        lane === 'stream' ? run.stream : lane === 'microbatch' ? run.microBatch : run.batch;
      if (!outcome.ok) lines = [`cannot run these settings: ${outcome.error.replace(/\.?$/, '.')}`];
      else if (lane === 'stream') lines = explainStream(ctx);
      else if (lane === 'microbatch') lines = explainMicroBatch(ctx);
      else lines = explainBatch(ctx);
    }
    if (lines.length === 0) {
      lines = [
        state === 'pending' ? 'Nothing emitted for this window yet.' : 'Nothing more to say.',
      ];
    }
    return { lane, state, lines };
  });
}

function explainRequest(ctx: Ctx): string[] {
  const { arrived, pending, row } = ctx;
  if (row.truthCount === 0) return ['No order of the truth falls in this window.'];
  if (arrived.length === 0) {
    return [
      `None of its ${orders(row.truthCount)} has arrived yet${firstArrival(pending)}: a query now finds nothing.`,
    ];
  }
  if (pending.length === 0) return [`Exact: a query now sums all ${orders(arrived.length)}.`];
  return [
    `A query now sums the ${orders(arrived.length)} that have arrived; ${onTheWay(pending)!}`,
  ];
}
