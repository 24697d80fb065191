// Why the stream's windows are still open, in words over its plot: "Waiting for region 3: no
// orders since 12:09:52 · 2 windows held open", or "Region 3 idle: …". It re-renders only when
// the words change, never per frame.
import { useLab } from '../../store/context';
import type { Palette } from '../theme/palette';
import { LaneCallout } from './LaneCallout';
import { partitionNote, partitionNoteText, type PartitionsModel } from './partitionsModel';

export function PartitionNote({
  model,
  top,
  palette,
}: {
  model: PartitionsModel;
  top: number;
  palette: Palette;
}) {
  const text = useLab((s) => partitionNoteText(partitionNote(model, s.playhead)));
  if (text === '') return null;
  return (
    <LaneCallout text={text} top={top} color={palette.watermark} testId="stream-partition-note" />
  );
}
