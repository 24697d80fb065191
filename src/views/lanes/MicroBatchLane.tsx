// The micro-batch lane (Spark Structured Streaming): each batch a band gathering its arrivals,
// closed by a trigger tick; the watermark stepping once per batch; the rows each batch wrote as
// badges (filled: changed or final, hollow: re-sent unchanged), and orders ignored as too late.
import { useMemo } from 'react';
import { metrics } from '../../engine';
import { countOf } from '../../format/count';
import { useLab } from '../../store/context';
import { useLaneRun } from './laneRun';
import { countAtOrBefore, fitsLabel, watermarkAt, watermarkPath } from '../../geometry/lanes';
import type { Palette } from '../theme/palette';
import { thinByCell } from '../../geometry/thin';
import { Badge } from './Badge';
import { flagsByTrack, type LaneGeometry } from './geometry';
import { LaneCanvas } from './LaneCanvas';
import { LaneShell } from './LaneShell';
import {
  MODE_NOTE,
  batchCaption,
  currentBatch,
  ignoredCaption,
  regionRejectNote,
  type MicroBatchModel,
} from './microBatchModel';
import { LaneCallout } from './LaneCallout';
import { floatsOf, type SharedModel } from './model';
import { formatMoneyShort } from '../../format/money';
import { drawStaircase, type LanePainter } from './paint';

const lostBy = metrics.lostBy;

/** Room in px right of a row's square for its value ("$4.5k"), as MicroMarks writes it. */
const VALUE_ROOM = 50;

function MicroStatus({ model }: { model: MicroBatchModel }) {
  return <>{useLab((s) => batchCaption(currentBatch(model, s.pacedPlayhead)))}</>;
}

function MicroSummary({ model }: { model: MicroBatchModel }) {
  return (
    <>
      {useLab((s) => {
        const ignored = lostBy(model.losses, s.pacedPlayhead).microDropped;
        return `Micro-batch lane: ${batchCaption(currentBatch(model, s.pacedPlayhead))}; ${countOf(ignored, 'order')} ignored as too late.`;
      })}
    </>
  );
}

function MicroFooter({ model }: { model: MicroBatchModel }) {
  // Dropped when the batch that read them writes its rows, as every panel counts them (lostBy).
  const caption = useLab((s) => ignoredCaption(model, s.pacedPlayhead));
  return (
    <div className="lane-foot-text">
      <span data-testid="microbatch-ignored">{caption}</span>
      <span className="lane-note">{MODE_NOTE[model.mode]}</span>
    </div>
  );
}

/**
 * The outage region's rejected orders, named over the plot's empty top-right corner, clear of the
 * batches' squares (up to half a window left of the diagonal) and the values written beside them.
 */
function RegionRejects(props: { model: MicroBatchModel; geo: LaneGeometry; color: string }) {
  const { model, geo, color } = props;
  const text = useLab((s) => regionRejectNote(model, s.playhead));
  if (text === null) return null;
  const marks = model.badges.map((b) => ({
    right: (geo.x(b.window.start) + geo.x(b.window.end)) / 2 + VALUE_ROOM,
    top: geo.y(b.emittedAt) - geo.font,
  }));
  return (
    <LaneCallout
      text={text}
      geo={geo}
      marks={marks}
      color={color}
      testId="microbatch-region-note"
    />
  );
}

function usePainter(geo: LaneGeometry, model: MicroBatchModel, palette: Palette): LanePainter {
  const events = useLaneRun().run.events;
  return useMemo(() => {
    const path = new Path2D(watermarkPath(model.marks, geo.x, geo.y, geo.warp.to));
    const ats = floatsOf(model.marks, (m) => m.at);
    const [d0, d1] = geo.x.domain() as [number, number];
    const color = palette.lane.microbatch;
    const bands = model.batches.map((b) => ({
      start: b.start,
      end: b.end,
      y0: geo.y(b.start),
      y1: geo.y(b.end),
    }));
    return {
      landed: flagsByTrack({ events }, geo.track, model.ignoredIds),
      under({ ctx, yP, playhead }) {
        const w = geo.right - geo.left;
        // A week of one-minute batches puts thousands of end lines in a few hundred pixels: draw
        // one every few pixels, or they fill the lane.
        let lastLine = -Infinity;
        for (let i = 0; i < bands.length; i++) {
          const b = bands[i]!;
          if (b.start > playhead) break;
          const gathering = b.end > playhead;
          // Only the batch still gathering is tinted; done ones keep a faint line at their end.
          if (gathering) {
            ctx.globalAlpha = 0.16;
            ctx.fillStyle = color;
            ctx.fillRect(geo.left, b.y0, w, Math.min(b.y1, yP) - b.y0);
          } else {
            if (b.y1 - lastLine < 4) continue;
            lastLine = b.y1;
            ctx.globalAlpha = 0.22;
            ctx.strokeStyle = color;
            ctx.lineWidth = 1;
            ctx.beginPath();
            ctx.moveTo(geo.left, b.y1);
            ctx.lineTo(geo.right, b.y1);
            ctx.stroke();
          }
        }
        ctx.globalAlpha = 1;
      },
      over(c) {
        const wm = watermarkAt(model.marks, ats, c.playhead);
        const wx = wm > -Infinity ? geo.x(Math.min(d1, Math.max(d0, wm))) : null;
        drawStaircase(c, path, wx);
      },
    };
  }, [geo, model, palette, events]);
}

function MicroMarks({
  geo,
  model,
  palette,
}: {
  geo: LaneGeometry;
  model: MicroBatchModel;
  palette: Palette;
}) {
  const visible = useLab((s) => countAtOrBefore(model.badgeTimes, s.playhead));
  const lastBatch = visible > 0 ? model.badges[visible - 1]!.batch : -1;
  const color = palette.lane.microbatch;
  // Squares shrink when batches come closer together than the squares are tall.
  const first = model.batches[0];
  const spacing = first ? geo.y(first.end) - geo.y(first.start) : 12;
  const size = Math.max(5, Math.min(10, spacing - 2));
  const badges = thinByCell(
    model.badges.slice(0, visible),
    (b) => ({ x: (geo.x(b.window.start) + geo.x(b.window.end)) / 2, y: geo.y(b.emittedAt) }),
    size,
  );
  return (
    <g>
      {badges.map((b) => {
        const x = (geo.x(b.window.start) + geo.x(b.window.end)) / 2;
        return (
          <Badge
            key={`${b.batch}:${b.window.start}:${b.window.end}`}
            x={x}
            y={geo.y(b.emittedAt)}
            shape="square"
            size={size}
            fill={color}
            stroke={b.kind === 'unchanged' ? color : palette.panel}
            hollow={b.kind === 'unchanged'}
            value={
              b.batch === lastBatch && fitsLabel(b.window, geo.x)
                ? formatMoneyShort(b.value)
                : undefined
            }
            valueColor={palette.text}
            valuePlacement={x > geo.right - VALUE_ROOM + 4 ? 'left' : 'right'}
          />
        );
      })}
    </g>
  );
}

function MicroCanvas(props: { geo: LaneGeometry; model: MicroBatchModel; palette: Palette }) {
  const painter = usePainter(props.geo, props.model, props.palette);
  return <LaneCanvas geo={props.geo} painter={painter} palette={props.palette} />;
}

export function MicroBatchLane({
  shared,
  model,
  palette,
  error,
}: {
  shared: SharedModel;
  model: MicroBatchModel | null;
  palette: Palette;
  error: string | undefined;
}) {
  return (
    <LaneShell
      id="microbatch"
      name="Micro-batch"
      tool="Spark Structured Streaming"
      testId="lane-microbatch"
      shared={shared}
      palette={palette}
      error={model ? undefined : (error ?? 'no result')}
      status={model && <MicroStatus model={model} />}
      summary={model && <MicroSummary model={model} />}
      footer={model && <MicroFooter model={model} />}
    >
      {(geo) =>
        model
          ? {
              canvas: <MicroCanvas geo={geo} model={model} palette={palette} />,
              marks: <MicroMarks geo={geo} model={model} palette={palette} />,
              overlay: model.outageRegion !== null && (
                <RegionRejects model={model} geo={geo} color={palette.dropped} />
              ),
            }
          : { canvas: null, marks: null }
      }
    </LaneShell>
  );
}
