// Algorithm R (or L) keeping k of the arrived orders, one order at a time: the latest order's
// keep chance, the number drawn and the slot it took, and the k slots themselves.
import { memo, useMemo, useState } from 'react';
import { usePaced } from '../../store/usePaced';
import { useLab, useLabApi } from '../../store/context';
import { selectEvents, selectPlaying, selectRunSeed } from '../../store/selectors';
import { formatClock } from '../../format/clock';
import { formatMoney } from '../../format/money';
import { SelectField, Slider } from '../controls/fields';
import { spellCount } from '../controls/format';
import { arrivedNow, createFeed } from './feed';
import { DrawLine } from './DrawLine';
import {
  describeStep,
  formatChance,
  reservoirSummary,
  type ReservoirAlgorithm,
  type ReservoirView,
} from './reservoirModel';
import { formatCount } from '../../format/count';

export const K_RANGE = { min: 1, max: 40, step: 1, unit: 1 } as const;
const spellK = spellCount('order', 'orders');
const ALGORITHMS = [
  { value: 'R', label: 'Algorithm R (one draw per order)' },
  { value: 'L', label: 'Algorithm L (draws how many to skip)' },
] as const;

export const ReservoirSection = memo(function ReservoirSection({
  k,
  onK,
  algorithm,
  onAlgorithm,
}: {
  k: number;
  onK: (k: number) => void;
  algorithm: ReservoirAlgorithm;
  onAlgorithm: (a: ReservoirAlgorithm) => void;
}) {
  const events = useLab(selectEvents);
  const seed = useLab(selectRunSeed);
  const arrived = usePaced(arrivedNow);
  const playing = useLab(selectPlaying);
  const api = useLabApi();
  const feed = useMemo(
    () => createFeed(events, reservoirSummary(k, seed, algorithm)),
    [events, k, seed, algorithm],
  );
  const view = useMemo(() => feed.advanceTo(arrived), [feed, arrived]);
  const atEnd = arrived >= events.length;
  // Only a person stepping hears each order; during play the lab's narrator speaks alone.
  const [stepped, setStepped] = useState(false);

  return (
    <section className="smp-section" aria-labelledby="smp-reservoir-title">
      <h3 id="smp-reservoir-title">Reservoir sampling: a fair sample of k orders</h3>
      <p className="smp-text">
        The first k orders fill the reservoir. After that, the order arriving in position i + 1 gets
        a place with chance k/(i + 1): Algorithm R draws a whole number j from 0 to i, and if j is
        below k the order takes over slot j. However many orders come, every one of them ends up in
        the sample with the same chance.
      </p>
      <div className="smp-controls">
        <Slider
          label="Sample size k"
          value={k}
          range={K_RANGE}
          spell={spellK}
          onValue={(v) => onK(Math.min(K_RANGE.max, Math.max(K_RANGE.min, v)))}
          testId="smp-k"
        />
        <SelectField
          label="Algorithm"
          value={algorithm}
          options={ALGORITHMS}
          onValue={onAlgorithm}
          testId="smp-algorithm"
        />
        <div className="smp-buttons">
          <button
            type="button"
            onClick={() => {
              setStepped(true);
              api.getState().stepOrder(1);
            }}
            disabled={atEnd}
            data-testid="smp-step"
          >
            Step one order
          </button>
          {/* Named apart from the playback bar's Play / Pause: it drives the same playhead. */}
          <button type="button" onClick={() => api.getState().togglePlay()} data-testid="smp-flow">
            {playing ? 'Hold the orders' : 'Let the orders flow'}
          </button>
          <button type="button" onClick={() => api.getState().rewind()}>
            Back to the start
          </button>
        </div>
      </div>
      <LatestStep view={view} />
      <p className="visually-hidden" aria-live="polite" data-testid="smp-step-spoken">
        {stepped && !playing ? describeStep(view.last, view.k) : ''}
      </p>
      <Slots view={view} />
    </section>
  );
});

function LatestStep({ view }: { view: ReservoirView }) {
  const step = view.last;
  return (
    <div className="smp-latest">
      <dl className="smp-stats">
        <div>
          <dt>Orders arrived</dt>
          <dd data-testid="smp-seen">{formatCount(view.seen)}</dd>
        </div>
        <div>
          <dt>In the sample</dt>
          <dd data-testid="smp-size">
            {view.slots.length} of {view.k}
          </dd>
        </div>
        <div>
          <dt>Keep chance of the latest</dt>
          <dd data-testid="smp-chance">{step ? formatChance(step.chance) : '–'}</dd>
        </div>
        <div>
          <dt>Draw j</dt>
          <dd data-testid="smp-draw">{step?.draw ?? '–'}</dd>
        </div>
        <div>
          <dt>Random numbers used (R · L)</dt>
          <dd data-testid="smp-draws">
            {formatCount(view.draws.R)} · {formatCount(view.draws.L)}
          </dd>
        </div>
      </dl>
      <p className="smp-step" data-testid="smp-step-text">
        {describeStep(step, view.k)}
      </p>
      {step && step.index >= view.k && <DrawLine view={view} />}
      {view.algorithm === 'L' && (
        <p className="smp-note">
          Algorithm L keeps the same fair sample but, instead of drawing for every order, draws how
          many orders to skip before the next keeper: {formatCount(view.draws.L)} random numbers so
          far where Algorithm R needed {formatCount(view.draws.R)}.
        </p>
      )}
    </div>
  );
}

function Slots({ view }: { view: ReservoirView }) {
  const fresh = view.last?.kept ? view.last.slot : null;
  const empty = view.k - view.slots.length;
  return (
    <ol
      className="smp-slots"
      aria-label={`The ${view.k} slots of the reservoir`}
      data-testid="smp-slots"
    >
      {view.slots.map((s, i) => (
        <li key={i} className={i === fresh ? 'smp-slot smp-slot--fresh' : 'smp-slot'} data-slot={i}>
          <span className="smp-slot-no">
            Slot {i}
            {i === fresh && <span className="smp-slot-new"> ★ just in</span>}
          </span>
          <span className="smp-slot-order">
            Order {s.order.id}, {s.order.key}, {formatMoney(s.order.amount)}
          </span>
          <span className="smp-slot-when">
            arrived {formatClock(s.order.arrivalTime)} (#{formatCount(s.index + 1)})
          </span>
        </li>
      ))}
      {Array.from({ length: empty }, (_, i) => (
        <li key={`empty-${i}`} className="smp-slot smp-slot--empty">
          <span className="smp-slot-no">Slot {view.slots.length + i}</span>
          <span className="smp-slot-order">empty</span>
        </li>
      ))}
    </ol>
  );
}
