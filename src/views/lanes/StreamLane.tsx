// The stream lane (Flink / Beam): window boxes filling with accepted orders and their running
// sums, the watermark staircase down to the playhead (a box closes where it crosses the box's
// end), pane badges by timing, dropped orders as crosses, and the late side output bin.
import { useMemo } from 'react';
import { useLab } from '../../store/context';
import {
  badgePosition,
  boxBottomAt,
  fitsLabel,
  countAtOrBefore,
  watermarkAt,
  watermarkPath,
  windowBox,
} from '../../geometry/lanes';
import { markShape, type Palette } from '../theme/palette';
import { Badge } from './Badge';
import { DroppedBin } from './DroppedBin';
import type { LaneGeometry } from './geometry';
import { flagsByMask } from './geometry';
import { LaneCanvas } from './LaneCanvas';
import { LaneShell } from './LaneShell';
import { formatMoneyShort, latestPerWindow, tallyAt, windowKey, type SharedModel } from './model';
import { haloText, drawStaircase, type LanePainter } from './paint';
import { streamCounts, streamStatus, type StreamModel } from './streamModel';

const LETTER = { early: 'E', 'on-time': 'O', late: 'L' } as const;
const TIMINGS = ['early', 'on-time', 'late'] as const;

/** A 4-pixel version of a pane's shape, for the history of firings. */
function smallMark(p: Path2D, timing: (typeof TIMINGS)[number], x: number, y: number) {
  const h = 3.5;
  if (timing === 'early') {
    p.moveTo(x, y - h);
    p.lineTo(x + h, y);
    p.lineTo(x, y + h);
    p.lineTo(x - h, y);
  } else if (timing === 'on-time') {
    p.rect(x - h, y - h, 2 * h, 2 * h);
  } else {
    p.moveTo(x, y - h);
    p.lineTo(x + h, y + h);
    p.lineTo(x - h, y + h);
  }
  p.closePath();
}

function StreamStatus({ model }: { model: StreamModel }) {
  return <>{useLab((s) => streamStatus(model, s.playhead))}</>;
}

function StreamSummary({ model }: { model: StreamModel }) {
  return (
    <>
      {useLab((s) => {
        const c = streamCounts(model, s.playhead);
        return `Stream lane: ${c.closed} windows closed, ${c.open} open, ${c.panes} results emitted, ${c.dropped} orders dropped as too late.`;
      })}
    </>
  );
}

function usePainter(geo: LaneGeometry, model: StreamModel, palette: Palette): LanePainter {
  return useMemo(() => {
    const boxes = model.windows
      .map((w) => ({
        w,
        box: windowBox(w.window, w.closeAt, geo.x, geo.y),
        wide: fitsLabel(w.window, geo.x),
      }))
      .filter(({ box }) => box.x1 - box.x0 >= 1);
    const path = new Path2D(watermarkPath(model.run.watermarks, geo.x, geo.y, geo.warp.to));
    const [d0, d1] = geo.x.domain() as [number, number];
    const color = palette.lane.stream;
    const badgeXY = model.badges.map((b) => badgePosition(b.window, b.emittedAt, geo.x, geo.y));
    return {
      landed: flagsByMask(geo.track, model.droppedMask),
      under({ ctx, yP, playhead }) {
        for (const { w, box } of boxes) {
          if (w.firstArrival > playhead || box.yTop >= yP) continue;
          const bottom = boxBottomAt(box, yP);
          ctx.globalAlpha = 0.12;
          ctx.fillStyle = color;
          ctx.fillRect(box.x0 + 1, box.yTop, box.x1 - box.x0 - 2, bottom - box.yTop);
          ctx.globalAlpha = 0.7;
          ctx.strokeStyle = color;
          ctx.lineWidth = 1;
          ctx.strokeRect(box.x0 + 1.5, box.yTop + 0.5, box.x1 - box.x0 - 3, bottom - box.yTop);
          ctx.globalAlpha = 1;
          if (w.closeAt <= playhead) {
            ctx.lineWidth = 3;
            ctx.beginPath();
            ctx.moveTo(box.x0 + 1, bottom);
            ctx.lineTo(box.x1 - 1, bottom);
            ctx.stroke();
          }
        }
      },
      over(c) {
        const wm = watermarkAt(model.run.watermarks, model.watermarkAts, c.playhead);
        const wx = Number.isFinite(wm)
          ? geo.x(Math.min(d1, Math.max(d0, wm)))
          : wm > 0
            ? geo.x(d1)
            : null;
        drawStaircase(c, path, wx);
        // Every pane so far as a small mark: the history of firings behind the latest badge.
        const n = countAtOrBefore(model.badgeTimes, c.playhead);
        for (const timing of TIMINGS) {
          const p = new Path2D();
          for (let i = 0; i < n; i++) {
            if (model.badges[i]!.timing !== timing) continue;
            const b = badgeXY[i]!;
            smallMark(p, timing, b.x, b.y);
          }
          c.ctx.globalAlpha = 0.6;
          c.ctx.fillStyle = palette.timing[timing];
          c.ctx.fill(p);
          c.ctx.globalAlpha = 1;
        }
        // Running sums sit just above each box, where no order can be (above the diagonal).
        // Narrow columns keep only the open windows' sums: a closed one's is on its badge.
        for (const { w, box, wide } of boxes) {
          if (w.firstArrival > c.playhead || (!wide && w.closeAt <= c.playhead)) continue;
          const { value } = tallyAt(w, c.playhead);
          haloText(c, formatMoneyShort(value), box.x1 - 2, box.yTop - 5, 'right', c.palette.text);
        }
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
  const visible = useLab((s) => countAtOrBefore(model.badgeTimes, s.playhead));
  const idle = useLab((s) => s.playhead >= model.lastArrival);
  const latest = latestPerWindow(model.badges, visible);
  // In narrow columns, values would collide: only the two most recently fired windows keep them.
  const wide = model.windows.every((w) => fitsLabel(w.window, geo.x) || w.arrivals.length === 0);
  const recent = new Set(
    [...latest]
      .sort((a, b) => b - a)
      .slice(0, 2)
      .map((i) => windowKey(model.badges[i]!.window)),
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
      {model.badges.slice(0, visible).map((b, i) => {
        // Full badges for closings and for each window's latest result; the rest stay small
        // marks on the canvas, or hundreds of early panes would bury the picture.
        if (b.timing !== 'on-time' && !latest.has(i)) return null;
        const p = badgePosition(b.window, b.emittedAt, geo.x, geo.y);
        const showValue = b.timing !== 'early' && (wide || recent.has(windowKey(b.window)));
        return (
          <Badge
            key={`${windowKey(b.window)}@${b.emittedAt}`}
            x={p.x}
            y={p.y}
            shape={markShape[b.timing]}
            fill={palette.timing[b.timing]}
            stroke={palette.panel}
            letter={LETTER[b.timing]}
            letterColor={palette.panel}
            value={showValue ? formatMoneyShort(b.value) : undefined}
            valueColor={palette.text}
            valuePlacement={p.x > geo.right - 46 ? 'left' : 'right'}
          />
        );
      })}
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
      tool="Flink / Beam"
      testId="lane-stream"
      shared={shared}
      palette={palette}
      error={model ? undefined : (error ?? 'no result')}
      status={model && <StreamStatus model={model} />}
      summary={model && <StreamSummary model={model} />}
      footer={model && <DroppedBin model={model} />}
    >
      {(geo) =>
        model
          ? {
              canvas: <StreamCanvas geo={geo} model={model} palette={palette} />,
              marks: <StreamMarks geo={geo} model={model} palette={palette} />,
            }
          : { canvas: null, marks: null }
      }
    </LaneShell>
  );
}
