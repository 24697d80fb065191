// While the run worker computes a large scenario, the lanes keep drawing the previous run, dimmed,
// and this note says what is happening. The status region stays mounted (empty when idle), so a
// screen reader announces the note when it appears.
import { countOf } from '../../format/count';
import { useLab } from '../../store/context';
import { selectPendingEstimated, selectPendingOrders } from '../../store/selectors';

export function PendingNote() {
  const orders = useLab(selectPendingOrders);
  const estimated = useLab(selectPendingEstimated);
  return (
    <p role="status" className="lanes-pending" data-testid="lanes-pending">
      {orders === null ? '' : `Computing ${estimated ? 'about ' : ''}${countOf(orders, 'order')}…`}
    </p>
  );
}
