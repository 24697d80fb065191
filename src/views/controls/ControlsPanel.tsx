// Every lab setting as a labelled control, in five collapsible groups. Each change goes to the
// store at once; when the engine refuses one, its message shows here and the control stays put
// (controls are bound to the store's settings, which a refused change leaves untouched).
import { useLab } from '../../store/context';
import { selectDismissNotice, selectNotice } from '../../store/selectors';
import { BatchGroup } from './BatchGroup';
import { MicroBatchGroup } from './MicroBatchGroup';
import { OrdersGroup } from './OrdersGroup';
import { StreamGroup } from './StreamGroup';
import { WindowGroup } from './WindowGroup';
import './controls.css';

export function ControlsPanel() {
  return (
    <div className="ctl" data-testid="controls-panel">
      <Notice />
      <p className="ctl-pointer">
        Late orders, the watermark and allowed lateness sit on the stage, beside the chart, so you
        can move them while you watch the lanes.
      </p>
      <div className="ctl-grid">
        <OrdersGroup />
        <WindowGroup />
        <StreamGroup />
        <MicroBatchGroup />
        <BatchGroup />
      </div>
    </div>
  );
}

function Notice() {
  const notice = useLab(selectNotice);
  const dismiss = useLab(selectDismissNotice);
  if (notice === null) return null;
  return (
    <div role="alert" className="ctl-notice" data-testid="settings-notice">
      <p>
        <strong>That setting was not applied:</strong> {notice}
      </p>
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
