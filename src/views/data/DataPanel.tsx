// Events in and out: export the orders and the truth for replay into a real engine, or import a
// file of your own so every lane runs on it.
import { ExportEvents } from './ExportEvents';
import { ImportEvents } from './ImportEvents';
import './data.css';

export function DataPanel() {
  return (
    <div className="data" data-testid="data-panel">
      <ExportEvents />
      <ImportEvents />
    </div>
  );
}
