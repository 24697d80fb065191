// A reservoir sample on the stage, beside the lanes and on the same playhead: eight slots filling
// with the first orders, then each newcomer's keep chance k/(i+1) and the slot it takes. The
// Sampling tab holds the full panel (k, Algorithm L, trials, HyperLogLog, the leaderboard).
import { memo, useMemo } from 'react';
import { useLab } from '../../store/context';
import { selectEvents, selectRunSeed } from '../../store/selectors';
import { usePaced } from '../../store/usePaced';
import { arrivedNow, createFeed } from './feed';
import { formatChance, reservoirSummary } from './reservoirModel';
import { formatCount } from '../../format/count';

/** Slots on the stage: few enough to read from the back of a room. */
export const STAGE_K = 8;

export const MiniReservoir = memo(function MiniReservoir() {
  const events = useLab(selectEvents);
  const seed = useLab(selectRunSeed);
  const arrived = usePaced(arrivedNow);
  const feed = useMemo(
    () => createFeed(events, reservoirSummary(STAGE_K, seed, 'R', { alone: true })),
    [events, seed],
  );
  const view = useMemo(() => feed.advanceTo(arrived), [feed, arrived]);
  const last = view.last;
  const fresh = last?.kept ? last.slot : null;
  return (
    <section
      className="mini-reservoir"
      aria-labelledby="mini-reservoir-title"
      data-testid="mini-reservoir"
    >
      <h3 id="mini-reservoir-title">
        Reservoir sample: {STAGE_K} of {formatCount(view.seen)} orders
      </h3>
      <ol className="mini-reservoir-slots" aria-label={`The ${STAGE_K} slots`}>
        {Array.from({ length: STAGE_K }, (_, i) => {
          const slot = view.slots[i];
          return (
            <li key={i} className={i === fresh ? 'is-fresh' : slot ? undefined : 'is-empty'}>
              {slot ? `#${slot.order.id}` : '–'}
            </li>
          );
        })}
      </ol>
      <p className="mini-reservoir-note" data-testid="mini-reservoir-note">
        {last === null
          ? 'The first 8 orders fill the slots; each later one is kept with chance 8/(i + 1).'
          : last.index < STAGE_K
            ? `Order #${last.order.id} fills slot ${last.slot}.`
            : `Order #${last.order.id}: kept with chance ${STAGE_K}/${formatCount(last.index + 1)} = ${formatChance(last.chance)}${last.kept ? `, into slot ${last.slot}` : ', not kept'}.`}
      </p>
    </section>
  );
});
