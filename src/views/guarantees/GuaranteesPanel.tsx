// Failures and guarantees: crash the lab's stream job at a moment of your choice, watch it restore
// its last checkpoint and replay the log, and compare what the sink ends up with under each
// delivery guarantee; then fix a revenue bug by backfill in Batch, Lambda and Kappa.
import { useMemo, useRef, useState } from 'react';
import {
  lab,
  guarantees,
  time,
  type Guarantee,
  type LabSettings,
  type OrderEvent,
} from '../../engine';
import { useLab, useLabApi } from '../../store/context';
import {
  selectEvents,
  selectSettings,
  selectTimelineEnd,
  selectorFactory,
} from '../../store/selectors';
import { SelectField, Slider } from '../controls/fields';
import { spellClock, spellDuration } from '../controls/format';
import { useElementSize } from '../useElementSize';
import { BackfillTable, LambdaLayers } from './BackfillView';
import { BackfillChart } from './BackfillChart';
import { backfillChart } from './backfillSeries';
import { backfillModel, lambdaOf, planOf } from './backfillModel';
import { CrashTotals } from './CrashTotals';
import { quantise, RESTART_DELAY } from './flow';
import { JobGraph } from './JobGraph';
import { crashModel } from './crashModel';
import { graphModel } from './graphModel';
import { GUARANTEE_LABELS, windowNote } from './labels';
import { defaultCrashAt, spanOf } from './span';
import { stripModel } from './stripModel';
import { SavepointView } from './SavepointView';
import { StateTable } from './StateTable';
import { useBugFoundAt, useCrashAt } from './useCrashAt';
import { useNearViewport } from './useNearViewport';

const GUARANTEES = guarantees.GUARANTEES;
const buildJob = guarantees.buildJob;
const batchConfigOf = lab.batchConfigOf;
const streamConfigOf = lab.streamConfigOf;

const DAY = time.DAY;
const HOUR = time.HOUR;
const MINUTE = time.MINUTE;
const SECOND = time.SECOND;
import '../controls/controls.css';
import './guarantees.css';

const INTERVAL_RANGE = { min: 5, max: 300, step: 5, unit: SECOND };
const GUARANTEE_OPTIONS = GUARANTEES.map((value) => ({ value, label: GUARANTEE_LABELS[value] }));

export function GuaranteesPanel() {
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearViewport(ref);
  return (
    <div className="guarantees" data-testid="guarantees-panel" ref={ref}>
      <Guarantees near={near} />
    </div>
  );
}

const LATER = <p className="guarantees__muted">Scroll here to run it…</p>;

/** The paced playhead to a quantum, pinned at the crash and the restart (see quantise). */
const selectGraphTime = selectorFactory((quantum: number, crashAt: number | null) => {
  const pins = crashAt === null ? [] : [crashAt, crashAt + RESTART_DELAY];
  return (s) => quantise(s.pacedPlayhead, quantum, pins);
});

/**
 * The controls always render (they are what the page and its link show); the crash, savepoint and
 * backfill are computed only once the panel is near the viewport (`near`).
 */
function Guarantees({ near }: { near: boolean }) {
  const events = useLab(selectEvents);
  const settings = useLab(selectSettings);
  const timelineEnd = useLab(selectTimelineEnd);
  const lab = useLabApi();
  const stream = useMemo(() => streamConfigOf(settings), [settings]);
  const note = windowNote(settings.window);
  const job = useMemo(() => (near ? buildJob(events, stream) : null), [near, events, stream]);
  const span = spanOf(events);
  // The graph is drawn to a quantum (at most ~600 pictures across the timeline) of the store's
  // paced playhead: while playing it moves at most every PLAY_PACE_MS, never per frame.
  const quantum = Math.max(SECOND, Math.round((span.to - span.from) / 600));
  const [every, setEvery] = useState(30 * SECOND);
  const [crashAt, setCrashAt] = useCrashAt();
  const at = useLab(selectGraphTime(quantum, crashAt));
  const [guarantee, setGuarantee] = useState<Guarantee>('exactly-once');
  const ref = useRef<HTMLDivElement>(null);
  const { width } = useElementSize(ref);
  const w = Math.max(320, width || 640);

  const graph = useMemo(
    () => job && graphModel(job, every, crashAt, at, w),
    [job, every, crashAt, at, w],
  );
  const strip = useMemo(() => job && stripModel(job, every, crashAt, w), [job, every, crashAt, w]);
  const crash = useMemo(
    () => (job === null || crashAt === null ? null : crashModel(job, every, crashAt)),
    [job, every, crashAt],
  );
  const crashRange = {
    min: Math.floor(span.from / SECOND),
    max: Math.max(Math.ceil(span.to / SECOND), Math.floor(span.from / SECOND) + 1),
    step: 1,
    unit: SECOND,
  };

  return (
    <div className="guarantees__body" ref={ref}>
      <p className="guarantees__intro">
        The stream job keeps a sum per product and window, and writes each order’s revenue to its
        window’s row as it goes. Every checkpoint interval a barrier snapshots that state with the
        log offset. Crash it, and it restarts from the last checkpoint; the delivery guarantee
        decides what the sink makes of the orders in between.
      </p>
      {note && (
        <p className="guarantees__intro" data-testid="window-note">
          {note}
        </p>
      )}
      <div className="guarantees__controls">
        <Slider
          label="Checkpoint every"
          value={every}
          range={INTERVAL_RANGE}
          spell={spellDuration}
          onValue={setEvery}
          testId="checkpoint-interval"
        />
        <Slider
          label="Crash at"
          value={crashAt ?? defaultCrashAt(span)}
          range={crashRange}
          spell={spellClock}
          onValue={setCrashAt}
          hint={
            crashAt === null
              ? 'No crash yet: move this, or press Crash the job now (at the playhead).'
              : 'The job restarts at once from its last checkpoint.'
          }
          testId="crash-time"
        />
        <SelectField
          label="Delivery guarantee"
          value={guarantee}
          options={GUARANTEE_OPTIONS}
          onValue={setGuarantee}
          testId="guarantee"
        />
        <div className="guarantees__buttons">
          <button type="button" onClick={() => setCrashAt(Math.round(lab.getState().playhead))}>
            Crash the job now
          </button>
          {crashAt !== null && (
            <button type="button" onClick={() => setCrashAt(null)}>
              No crash
            </button>
          )}
        </div>
      </div>
      <h3>The Flink job</h3>
      {graph && strip ? (
        <>
          <JobGraph graph={graph} strip={strip} at={at} />
          <StateTable graph={graph} strip={strip} />
        </>
      ) : (
        LATER
      )}
      <h3>Totals before and after the crash</h3>
      {job === null ? (
        LATER
      ) : crash === null ? (
        <p data-testid="crash-story">
          No crash yet. Crash the job to compare what the sink keeps under each guarantee.
        </p>
      ) : (
        <CrashTotals model={crash} selected={guarantee} />
      )}
      <SavepointView job={job} stream={stream} from={span.from} to={span.to} />
      <Backfill
        near={near}
        events={events}
        settings={settings}
        timelineEnd={timelineEnd}
        at={at}
        lastArrival={span.to}
        width={w}
      />
    </div>
  );
}

function Backfill({
  near,
  events,
  settings,
  timelineEnd,
  at,
  lastArrival,
  width,
}: {
  near: boolean;
  events: OrderEvent[];
  settings: LabSettings;
  timelineEnd: number;
  at: number;
  lastArrival: number;
  width: number;
}) {
  const batch = batchConfigOf(settings);
  const first = events[0]?.arrivalTime ?? 0;
  const unit = timelineEnd - first >= 2 * DAY ? HOUR : MINUTE;
  const defaultFound = Math.ceil((lastArrival + 1) / MINUTE) * MINUTE;
  const [found, setFound] = useBugFoundAt();
  const foundAt = found ?? defaultFound;
  const maxRetention = Math.max(1, Math.ceil((foundAt - first) / unit) + 1);
  const [retention, setRetention] = useState(Infinity);
  const [patchSpeed, setPatchSpeed] = useState(false);
  const { period, runDelay, duration = 0 } = batch;
  const s = useMemo(
    () => ({ period, foundAt, retention, batchRunDelay: runDelay, batchDuration: duration }),
    [period, foundAt, retention, runDelay, duration],
  );
  const plan = useMemo(() => (near ? planOf(events, s) : null), [near, events, s]);
  const model = useMemo(() => plan && backfillModel(plan, s, at), [plan, s, at]);
  const chart = useMemo(
    () => plan && backfillChart(plan, foundAt, at, Math.min(width, 760)),
    [plan, foundAt, at, width],
  );
  // Index the orders once per setting; each playhead step is then a few binary searches.
  const lambda = useMemo(
    () => (near ? lambdaOf(events, s, patchSpeed) : null),
    [near, events, s, patchSpeed],
  );
  const periods = useMemo(() => lambda?.(at) ?? null, [lambda, at]);
  const foundRange = {
    min: Math.floor(first / MINUTE),
    max: Math.max(Math.ceil(timelineEnd / MINUTE), Math.floor(first / MINUTE) + 1),
    step: 1,
    unit: MINUTE,
  };
  const retentionRange = { min: 0, max: maxRetention, step: 1, unit };
  const forever = maxRetention * unit;
  return (
    <section aria-labelledby="backfill-title" className="guarantees__backfill">
      <h3 id="backfill-title">Backfill after a bug: Lambda and Kappa</h3>
      <p className="guarantees__intro">
        Until it is found, every version counts the tax twice. Batch re-runs the nightly jobs;
        Lambda’s batch layer recomputes everything on its next night; Kappa replays the log from
        offset 0 into a fixed version while the old one keeps serving, then switches, if the log
        still holds those orders.
      </p>
      <div className="guarantees__controls">
        <Slider
          label="Bug found and fixed at"
          value={foundAt}
          range={foundRange}
          spell={spellClock}
          onValue={setFound}
          testId="bug-found"
        />
        <Slider
          label="Log retention"
          value={retention === Infinity ? forever : retention}
          range={retentionRange}
          spell={(v) => (v >= forever ? { short: 'forever', long: 'forever' } : spellDuration(v))}
          onValue={(v) => setRetention(v >= forever ? Infinity : v)}
          hint="How long the log keeps an order after it arrived."
          testId="retention"
        />
      </div>
      {model && chart && <BackfillChart chart={chart} model={model} />}
      {model ? <BackfillTable model={model} /> : LATER}
      <LambdaLayers periods={periods} patchSpeed={patchSpeed} onPatchSpeed={setPatchSpeed} />
    </section>
  );
}
