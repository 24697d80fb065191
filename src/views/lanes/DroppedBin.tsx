// The stream's late side output as a bin in the lane's header: a button counting the orders
// dropped so far, opening a dialog that lists each one and the numbers behind the drop (its window's end plus
// allowed lateness, and the watermark when it arrived), and with several regions its region.
import { useRef, useState } from 'react';
import { useLab } from '../../store/context';
import { metrics } from '../../engine';
import { formatClock } from '../../format/clock';
import { formatDuration } from '../../format/duration';
import { countOf, formatCount } from '../../format/count';
import { formatMoney } from '../../format/money';
import { droppedDetails, dropReason, type StreamModel } from './streamModel';

const lostBy = metrics.lostBy;

/** Rows the list shows at most: the latest drops. Tens of thousands of rows would stall the page. */
export const MAX_LISTED = 500;

export function DroppedBin({ model }: { model: StreamModel }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  // Counted as every panel counts drops (lostBy); the list below is in the same arrival order.
  const n = useLab((s) => lostBy(model.losses, s.pacedPlayhead).streamDropped);
  // Rows exist only while the dialog is open, so playing never re-renders a hidden table.
  const shown = open ? droppedDetails(model, n - MAX_LISTED, n).reverse() : [];
  // With several regions, whose orders they were: a region back from an outage fills the bin.
  const regions = model.settings.scenario.regions > 1;
  return (
    <div className="lane-bin">
      <button
        type="button"
        className="lane-button"
        title="The late side output: every order the stream dropped as too late"
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }}
      >
        Dropped: {formatCount(n)}
      </button>
      <dialog
        ref={dialog}
        className="lane-dialog"
        aria-labelledby="stream-bin-heading"
        onClose={() => setOpen(false)}
      >
        <h2 id="stream-bin-heading">Late side output: {countOf(n, 'dropped order')}</h2>
        <p>
          The stream drops an order when, at its arrival, the watermark has already passed the end
          of its window plus the allowed lateness (now {formatDuration(model.allowedLateness)}): the
          window has fired and its state is gone. Flink sends such orders to a late side output.
        </p>
        {n > MAX_LISTED && (
          <p>
            Showing the latest {formatCount(MAX_LISTED)} of {formatCount(n)}, newest first.
          </p>
        )}
        {n === 0 ? (
          <p>No order has been dropped yet.</p>
        ) : (
          <div
            className="lane-dialog-scroll"
            tabIndex={0}
            role="region"
            aria-label="Dropped orders, scrollable"
          >
            <table className="lane-table">
              <caption className="visually-hidden">Orders dropped by the stream</caption>
              <thead>
                <tr>
                  <th scope="col">Order</th>
                  {regions && <th scope="col">Region</th>}
                  <th scope="col">Product</th>
                  <th scope="col">Amount</th>
                  <th scope="col">Event time</th>
                  <th scope="col">Arrival</th>
                  <th scope="col">Late by</th>
                  <th scope="col">Why</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((d) => (
                  <tr key={d.order.id}>
                    <td>#{d.order.id}</td>
                    {regions && <td>{(d.order.partition ?? 0) + 1}</td>}
                    <td>{d.order.key}</td>
                    <td>{formatMoney(d.order.amount)}</td>
                    <td>{formatClock(d.order.eventTime, 'always')}</td>
                    <td>{formatClock(d.order.arrivalTime, 'always')}</td>
                    <td>{formatDuration(d.lateBy)}</td>
                    <td>{dropReason(d, model.allowedLateness)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <form method="dialog">
          <button type="submit" className="lane-button">
            Close
          </button>
        </form>
      </dialog>
    </div>
  );
}
