// Why the stream's windows are still open, in words over its plot: "Waiting for region 3: no
// orders since 12:09:52 · 2 windows held open", or "Region 3 idle: …". It re-renders only when
// the words change, never per frame.
import { useLab } from '../../store/context';
import { selectPartitionNote } from './selectors';
import type { Palette } from '../theme/palette';
import type { LaneGeometry } from '../../geometry/lanePlot';
import type { StreamWindow } from './streamModel';
import { LaneCallout } from './LaneCallout';
import type { PartitionsModel } from './partitionsModel';

export function PartitionNote({
  model,
  geo,
  windows,
  palette,
}: {
  model: PartitionsModel;
  geo: LaneGeometry;
  /** The lane's windows: their boxes start on the diagonal and reach right of it. */
  windows: readonly StreamWindow[];
  palette: Palette;
}) {
  const text = useLab(selectPartitionNote(model));
  if (text === '') return null;
  const marks = windows.map((w) => ({ right: geo.x(w.window.end), top: geo.y(w.window.start) }));
  return (
    <LaneCallout
      text={text}
      geo={geo}
      marks={marks}
      color={palette.watermark}
      testId="stream-partition-note"
    />
  );
}
