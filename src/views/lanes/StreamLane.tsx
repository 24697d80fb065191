// The stream lane (Flink / Beam, or Kafka Streams in its own words), drawn as Akidau's Streaming 102 figures are: window boxes
// filling with accepted orders, the watermark as a thick staircase down to the playhead with the
// region behind it shaded (a box closes where the watermark crosses its end), one labelled pill
// per window for what it last reported, dropped orders as crosses, and the late side output bin.
// With several regions, each region's watermark is a thin line under the thick one, and a note
// says which region a window waits for (./partitionPaint.ts, ./PartitionNote.tsx).
import { useMemo } from 'react';
import { lab } from '../../engine';
import { useLab } from '../../store/context';
import { selectPlayheadReached } from '../../store/selectors';
import { selectBadgesShownPaced, selectStreamStatus, selectStreamSummary } from './selectors';
import { boxBottomAt, watermarkAreaPath, watermarkPath, windowBox } from '../../geometry/lanes';
import { placePanes } from '../../geometry/panes';
import { formatClock } from '../../format/clock';
import type { Palette } from '../theme/palette';
import { DroppedBin } from './DroppedBin';
import { PanePill } from './PanePill';
import { flagsByMask, type LaneGeometry } from '../../geometry/lanePlot';
import { LaneCanvas } from './LaneCanvas';
import { LaneShell } from './LaneShell';
import { windowKey, type SharedModel } from './model';
import { formatMoneyShort } from '../../format/money';
import { drawStaircase, type LanePainter } from './paint';
import { partitionPainter } from './partitionPaint';
import { PartitionNote } from './PartitionNote';
import { useLaneStage } from './laneStage';
import type { StreamModel } from './streamModel';

const STREAM_WORDS = lab.STREAM_WORDS;

function StreamStatus({ model }: { model: StreamModel }) {
  return <>{useLab(selectStreamStatus(model))}</>;
}

function StreamSummary({ model }: { model: StreamModel }) {
  return <>{useLab(selectStreamSummary(model))}</>;
}

function usePainter(geo: LaneGeometry, model: StreamModel, palette: Palette): LanePainter {
  return useMemo(() => {
    const boxes = model.windows
      .map((w) => ({ w, box: windowBox(w.window, w.closeAt, geo.x, geo.y) }))
      .filter(({ box }) => box.x1 - box.x0 >= 1);
    const marks = model.run.watermarks;
    const until = geo.warp.to;
    const path = new Path2D(watermarkPath(marks, geo.x, geo.y, until));
    const area = new Path2D(watermarkAreaPath(marks, geo.x, geo.y, until, geo.left));
    const [d0, d1] = geo.x.domain() as [number, number];
    const color = palette.lane.stream;
    const parts = model.partitions;
    const words = STREAM_WORDS[model.settings.stream.flavour];
    const regions = parts && partitionPainter(geo, parts, palette);
    return {
      landed: flagsByMask(geo.track, model.droppedMask),
      under(c) {
        const { ctx, yP, playhead } = c;
        for (const { w, box } of boxes) {
          if (w.firstArrival > playhead || box.yTop >= yP) continue;
          const bottom = boxBottomAt(box, yP);
          ctx.globalAlpha = 0.05;
          ctx.fillStyle = color;
          ctx.fillRect(box.x0 + 1, box.yTop, box.x1 - box.x0 - 2, bottom - box.yTop);
          ctx.globalAlpha = 0.45;
          ctx.strokeStyle = color;
          ctx.lineWidth = 1;
          ctx.strokeRect(box.x0 + 1.5, box.yTop + 0.5, box.x1 - box.x0 - 3, bottom - box.yTop);
          ctx.globalAlpha = 1;
          if (w.closeAt <= playhead) {
            // Where the watermark passed the window's end: the window closed here.
            ctx.lineWidth = 3;
            ctx.beginPath();
            ctx.moveTo(box.x0 + 1, bottom);
            ctx.lineTo(box.x1 - 1, bottom);
            ctx.stroke();
          }
        }
        regions?.held(c);
      },
      over(c) {
        const wm = model.watermarkAt(c.playhead);
        const wx = Number.isFinite(wm)
          ? geo.x(Math.min(d1, Math.max(d0, wm)))
          : wm > 0
            ? geo.x(d1)
            : null;
        regions?.lines(c);
        drawStaircase(c, path, wx, { area, label: words.clock });
        regions?.labels(c);
      },
    };
  }, [geo, model, palette]);
}

function StreamMarks({
  geo,
  model,
  palette,
}: {
  geo: LaneGeometry;
  model: StreamModel;
  palette: Palette;
}) {
  // Pills follow the paced playhead, as the lane's status line does; paused, they are exact.
  const visible = useLab(selectBadgesShownPaced(model));
  const idle = useLab(selectPlayheadReached(model.lastArrival));
  const { crashAt } = useLaneStage();
  const crashed = useLab(selectPlayheadReached(crashAt));
  const { pills } = useMemo(
    () =>
      placePanes(
        model.badges.slice(0, visible).map((b) => ({
          window: b.window,
          emittedAt: b.emittedAt,
          timing: b.timing,
          value: formatMoneyShort(b.value),
        })),
        geo.x,
        geo.y,
        geo.font,
      ),
    [model, visible, geo],
  );
  return (
    <g>
      {idle &&
        model.windows
          .filter((w) => model.neverClosed.has(windowKey(w.window)))
          .map((w) => {
            const cx = (geo.x(w.window.start) + geo.x(w.window.end)) / 2;
            const cy = geo.y(model.lastArrival) - 6;
            return (
              <text
                key={windowKey(w.window)}
                transform={`translate(${cx + 4},${cy}) rotate(-90)`}
                className="lane-label halo"
                fill={palette.dropped}
              >
                never closed
              </text>
            );
          })}
      {pills.map((p) => (
        <PanePill key={p.key} pill={p} palette={palette} />
      ))}
      {crashed && crashAt !== null && <CrashMark geo={geo} at={crashAt} palette={palette} />}
    </g>
  );
}

/** The job's crash (set in the Failures tab): a red dashed line across the lane at that moment. */
function CrashMark({ geo, at, palette }: { geo: LaneGeometry; at: number; palette: Palette }) {
  const y = geo.y(at);
  return (
    <g data-mark="crash">
      <line
        x1={geo.left}
        x2={geo.right}
        y1={y}
        y2={y}
        stroke={palette.dropped}
        strokeWidth={3}
        strokeDasharray="8 5"
      />
      <text
        x={geo.right - 4}
        y={y - 5}
        textAnchor="end"
        className="lane-label halo"
        fill={palette.dropped}
      >
        crash {formatClock(at)}: replays from its last checkpoint
      </text>
    </g>
  );
}

function StreamCanvas(props: { geo: LaneGeometry; model: StreamModel; palette: Palette }) {
  const painter = usePainter(props.geo, props.model, props.palette);
  return <LaneCanvas geo={props.geo} painter={painter} palette={props.palette} />;
}

export function StreamLane({
  shared,
  model,
  palette,
  error,
}: {
  shared: SharedModel;
  model: StreamModel | null;
  palette: Palette;
  error: string | undefined;
}) {
  return (
    <LaneShell
      id="stream"
      name="Stream"
      tool={STREAM_WORDS[model?.settings.stream.flavour ?? 'flink'].engine}
      testId="lane-stream"
      shared={shared}
      palette={palette}
      error={model ? undefined : (error ?? 'no result')}
      status={model && <StreamStatus model={model} />}
      summary={model && <StreamSummary model={model} />}
      action={model && <DroppedBin model={model} />}
    >
      {(geo) =>
        model
          ? {
              canvas: <StreamCanvas geo={geo} model={model} palette={palette} />,
              marks: <StreamMarks geo={geo} model={model} palette={palette} />,
              overlay: model.partitions && (
                <PartitionNote
                  model={model.partitions}
                  geo={geo}
                  windows={model.windows}
                  palette={palette}
                />
              ),
            }
          : { canvas: null, marks: null }
      }
    </LaneShell>
  );
}
