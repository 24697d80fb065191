// A LabRun as a delta against the run the other side already holds: a part that did not change
// (the same object as in the base run, as runLab reuses it) travels as 'keep', and the page puts
// its own object back, so every view cache keyed on it stays valid. New parts travel packed into
// columns (columns.ts), order references as indices into the events both sides hold in the same
// order. A watermark slider step sends the stream outcome, its lane summary and the timeline.
import type {
  Emission,
  LabRun,
  LaneId,
  LaneSummary,
  OrderEvent,
  Pane,
  Row,
  WindowRef,
} from '../../engine';
import {
  array,
  bool,
  buffersIn,
  field,
  list,
  num,
  object,
  optional,
  packContext,
  record,
  ref,
  str,
  typed,
  win,
  windowsOf,
  windowTable,
  type WindowTable,
  type FieldValues,
  type SomeCodec,
  type UnpackContext,
} from './columns';
import { ordersToColumns, type OrdersColumns } from './orders';

const ROW = {
  key: field(str),
  window: field(win),
  value: field(num),
  count: field(num),
};
// Object literals for the records a large run has tens of thousands of (see `record`).
const rowOf = (v: FieldValues, i: number): Row => ({
  key: v.key![i] as string,
  window: v.window![i] as WindowRef,
  value: v.value![i] as number,
  count: v.count![i] as number,
});
const rows = record(ROW, rowOf);
const points = array(
  record({ at: field(num), value: field(num) }, (v, i) => ({
    at: v.at![i] as number,
    value: v.value![i] as number,
  })),
);
const paneOf = (v: FieldValues, i: number): Pane => {
  const pane: Pane = {
    key: v.key![i] as string,
    window: v.window![i] as WindowRef,
    value: v.value![i] as number,
    count: v.count![i] as number,
    timing: v.timing![i] as Pane['timing'],
    emittedAt: v.emittedAt![i] as number,
    watermark: v.watermark![i] as number,
  };
  if (v.retraction![i] !== undefined) pane.retraction = v.retraction![i] as true;
  return pane;
};
const emissionOf = (v: FieldValues, i: number): Emission => {
  const e: Emission = {
    key: v.key![i] as string,
    window: v.window![i] as WindowRef,
    value: v.value![i] as number,
    count: v.count![i] as number,
    emittedAt: v.emittedAt![i] as number,
  };
  if (v.withdrawn![i] !== undefined) e.withdrawn = v.withdrawn![i] as true;
  return e;
};

const streamRun = object({
  panes: array(
    record(
      {
        ...ROW,
        timing: field(str),
        emittedAt: field(num),
        watermark: field(num),
        retraction: optional(bool),
      },
      paneOf,
    ),
  ),
  dropped: array(ref),
  watermarks: points,
  open: array(rows),
  stateSize: points,
  firstEmittedAt: typed,
  partitionWatermarks: array(
    record({ at: field(num), partition: field(num), value: field(num), idle: field(bool) }),
  ),
});

const microBatches = array(
  record({
    id: field(num),
    start: field(num),
    end: field(num),
    emittedAt: field(num),
    watermark: field(num),
    inputIds: field(list(num)),
    rows: field(list(rows)),
    dropped: field(list(ref)),
    lateWatermark: optional(num),
    stateSize: optional(num),
  }),
);

const batchRuns = array(
  record({
    period: field(win),
    startedAt: field(num),
    emittedAt: field(num),
    rows: field(list(rows)),
    missed: field(list(ref)),
  }),
);

/** An Outcome<T>: its value packed, its error (if any) as it is. */
const outcome = (value: SomeCodec) => object({ value });

const PART_CODECS = {
  truth: array(rows),
  stream: outcome(streamRun),
  microBatch: outcome(microBatches),
  batch: outcome(object({ runs: batchRuns, reruns: batchRuns })),
} as const;

const laneSummary = object<LaneSummary>({
  emissions: array(
    record(
      {
        key: field(str),
        window: field(win),
        value: field(num),
        count: field(num),
        emittedAt: field(num),
        withdrawn: optional(bool),
      },
      emissionOf,
    ),
  ),
});

type PartName = keyof typeof PART_CODECS;
const PARTS = Object.keys(PART_CODECS) as PartName[];
const LANE_IDS: readonly LaneId[] = ['batch', 'microbatch', 'stream', 'request'];

/** Where the delta's orders come from: the base run's, the page's imported file, or these columns. */
export type EventsPart = 'keep' | 'imported' | OrdersColumns;

/** A run as the worker sends it: new parts packed, unchanged ones 'keep'. */
export interface RunDelta {
  strings: string[];
  windows: WindowTable;
  events: EventsPart;
  parts: Record<PartName, unknown>;
  lanes: Record<LaneId, unknown>;
  /** Everything else of the run (settings, timeline, request cost, import span): small or typed. */
  rest: Omit<LabRun, PartName | 'events' | 'lanes'>;
}

const KEEP = 'keep';

/** Each order's index in an events array, built once per array. */
const indexCache = new WeakMap<readonly OrderEvent[], Map<OrderEvent, number>>();
function indexOfIn(events: readonly OrderEvent[]): (e: OrderEvent) => number {
  let index = indexCache.get(events);
  if (index === undefined) {
    index = new Map(events.map((e, i) => [e, i]));
    indexCache.set(events, index);
  }
  const found = index;
  return (e) => {
    const i = found.get(e);
    if (i === undefined) throw new Error(`order ${e.id} is not one of the run's orders`);
    return i;
  };
}

/**
 * Packs `run` against `base` (the run the page holds, or none): parts that are the very objects
 * of `base` become 'keep'. `importedOrders`: the page's own imported file, which it need not be
 * sent back. Returns the delta and the buffers to transfer with it.
 */
export function packRun(
  run: LabRun,
  base?: LabRun,
  importedOrders?: readonly OrderEvent[],
): { delta: RunDelta; transfer: ArrayBuffer[] } {
  const ctx = packContext(indexOfIn(run.events));
  const events: EventsPart =
    base?.events === run.events
      ? KEEP
      : importedOrders === run.events
        ? 'imported'
        : ordersToColumns(run.events);
  const parts = {} as Record<PartName, unknown>;
  for (const p of PARTS) {
    parts[p] = base?.[p] === run[p] ? KEEP : PART_CODECS[p].pack(run[p] as unknown as never, ctx);
  }
  const lanes = {} as Record<LaneId, unknown>;
  for (const l of LANE_IDS) {
    lanes[l] = base?.lanes[l] === run.lanes[l] ? KEEP : laneSummary.pack(run.lanes[l], ctx);
  }
  const { events: _e, lanes: _l, truth: _t, stream: _s, microBatch: _m, batch: _b, ...rest } = run;
  // The timeline's instants stay the worker's: send a copy.
  rest.timeline = { ...rest.timeline, instants: rest.timeline.instants.slice() };
  const delta: RunDelta = {
    strings: ctx.strings,
    windows: windowTable(ctx),
    events,
    parts,
    lanes,
    rest,
  };
  return { delta, transfer: buffersIn(delta) };
}

/**
 * The run a delta describes, from the page's `base` run (whose objects come back for every part
 * the delta keeps) and the run's `events` (resolved by the caller: base's, imported, or rebuilt
 * from the delta's columns). Order references come back as objects of `events`.
 */
export function unpackRun(delta: RunDelta, base: LabRun | undefined, events: OrderEvent[]): LabRun {
  const steps = unpackSteps(delta, base, events);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/**
 * unpackRun one part at a time: it pauses (yields) after each part it had to unpack, so the page
 * can give the browser a turn between them (a new run over a million imported orders unpacks
 * every part).
 */
export function* unpackSteps(
  delta: RunDelta,
  base: LabRun | undefined,
  events: OrderEvent[],
): Generator<void, LabRun> {
  const ctx: UnpackContext = { strings: delta.strings, windows: windowsOf(delta.windows), events };
  const out: Partial<Record<PartName, unknown>> = {};
  for (const p of PARTS) {
    const packed = delta.parts[p];
    if (packed === KEEP) {
      if (base === undefined) throw new Error(`the delta keeps ${p}, but there is no base run`);
      out[p] = base[p];
      continue;
    }
    out[p] = PART_CODECS[p].unpack(packed, ctx);
    yield;
  }
  const lanes = {} as Record<LaneId, LaneSummary>;
  // In runLab's order: a view listing Object.entries(run.lanes) lists them as before.
  for (const l of ['stream', 'microbatch', 'batch', 'request'] as const) {
    const packed = delta.lanes[l];
    if (packed === KEEP) {
      if (base === undefined)
        throw new Error(`the delta keeps lane ${l}, but there is no base run`);
      lanes[l] = base.lanes[l];
      continue;
    }
    lanes[l] = laneSummary.unpack(packed, ctx);
    yield;
  }
  return { ...delta.rest, events, ...(out as Pick<LabRun, PartName>), lanes };
}
