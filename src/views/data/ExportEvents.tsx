// Export buttons: the orders the lab is running on and its truth per window, as files a user can
// replay into Kafka and compare a real engine's output with.
import { io } from '../../engine';
import { useLabApi } from '../../store/context';
import { selectOrderCount, selectTruthWindowCount } from '../../store/selectors';
import { useLab } from '../../store/context';
import { downloadText } from './download';
import { FILE_NAMES } from './model';
import { formatCount } from '../../format/count';

export function ExportEvents() {
  const store = useLabApi();
  const orders = useLab(selectOrderCount);
  const windows = useLab(selectTruthWindowCount);
  const save = (name: string, make: () => string, type: string) =>
    downloadText(name, make(), type, store.scheduler);
  const run = () => store.getState().run;
  return (
    <div className="data__group">
      <h3>Export</h3>
      <p className="data__hint">
        {formatCount(orders)} orders and the true revenue of {formatCount(windows)} product-windows,
        in the schema described in docs/export-import.md.
      </p>
      <div className="data__buttons">
        <button
          type="button"
          onClick={() => save(FILE_NAMES.ordersCsv, () => io.eventsToCsv(run().events), 'text/csv')}
        >
          Orders (CSV)
        </button>
        <button
          type="button"
          onClick={() =>
            save(
              FILE_NAMES.ordersJsonl,
              () => io.eventsToJsonl(run().events),
              'application/x-ndjson',
            )
          }
        >
          Orders (JSON Lines)
        </button>
        <button
          type="button"
          onClick={() =>
            save(FILE_NAMES.resultsCsv, () => io.resultsToCsv(run().truth), 'text/csv')
          }
        >
          Expected results (CSV)
        </button>
        <button
          type="button"
          onClick={() =>
            save(
              FILE_NAMES.resultsJsonl,
              () => io.resultsToJsonl(run().truth),
              'application/x-ndjson',
            )
          }
        >
          Expected results (JSON Lines)
        </button>
      </div>
      <p className="data__hint">
        Replay into Kafka, one order per message:{' '}
        <code>kcat -P -b localhost:9092 -t orders -l orders.jsonl</code>
      </p>
    </div>
  );
}
