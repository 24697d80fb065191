// The batch lane (a scheduled job): the day's orders pile up in storage, then the job runs as a
// band from its start to its output after the squeezed night, and its rows appear per window.
// Orders that arrived after it read its input stay hollow ("missed") until a re-run picks them up.
import { useMemo } from 'react';
import { formatCount } from '../../format/count';
import { useLab } from '../../store/context';
import { selectBatchSchedule } from '../../store/selectors';
import {
  selectBadgesShown,
  selectBatchMissed,
  selectBatchPickedUp,
  selectBatchStatus,
  selectBatchSummary,
  selectJobsStarted,
} from './selectors';
import { useLaneRun } from './laneRun';
import { fitsLabel, stackLabelsOrHide } from '../../geometry/lanes';
import { thinByCell } from '../../geometry/thin';
import type { Palette } from '../theme/palette';
import { Badge } from './Badge';
import type { BatchModel } from './batchModel';
import { trackIds, type LaneGeometry } from '../../geometry/lanePlot';
import { LaneCanvas } from './LaneCanvas';
import { LaneShell } from './LaneShell';
import type { SharedModel } from './model';
import { formatMoneyShort } from '../../format/money';
import type { LanePainter } from './paint';

function BatchStatus({ model, shared }: { model: BatchModel; shared: SharedModel }) {
  return <>{useLab(selectBatchStatus(model, shared))}</>;
}

function BatchSummary({ model }: { model: BatchModel }) {
  return <>{useLab(selectBatchSummary(model))}</>;
}

function BatchFooter({ model }: { model: BatchModel }) {
  const missing = useLab(selectBatchMissed(model));
  const picked = useLab(selectBatchPickedUp(model));
  return (
    <div className="lane-foot-text">
      <span data-testid="batch-missed">Missed: {formatCount(missing)}</span>
      <span className="lane-note">
        {picked > 0
          ? `${formatCount(picked)} picked up by the re-run`
          : 'orders arriving after the job reads its input'}
      </span>
    </div>
  );
}

function usePainter(geo: LaneGeometry, model: BatchModel, palette: Palette): LanePainter {
  const events = useLaneRun().run.events;
  return useMemo(() => {
    const landed = new Uint8Array(geo.track.length);
    const until = new Float64Array(geo.track.length);
    const ids = model.pickedUpAt.size > 0 ? trackIds({ events }, geo.track) : null;
    if (ids?.unique) {
      // Each picked-up order found by its id: a few hundred look-ups, not one per order.
      for (const [id, pickup] of model.pickedUpAt) {
        const i = ids.find(id);
        if (i !== undefined) {
          landed[i] = 2;
          until[i] = pickup;
        }
      }
    } else if (ids) {
      for (let i = 0; i < geo.track.length; i++) {
        const pickup = model.pickedUpAt.get(events[geo.track.source[i]!]!.id);
        if (pickup !== undefined) {
          landed[i] = 2;
          until[i] = pickup;
        }
      }
    }
    const color = palette.lane.batch;
    const bands = model.jobs.map((j) => ({
      start: j.run.startedAt,
      end: j.run.emittedAt,
      y0: geo.y(j.run.startedAt),
      y1: geo.y(j.run.emittedAt),
    }));
    return {
      landed,
      until,
      under({ ctx, yP, playhead }) {
        for (const b of bands) {
          if (b.start > playhead) continue;
          const bottom = Math.min(b.y1, yP);
          ctx.globalAlpha = 0.22;
          ctx.fillStyle = color;
          ctx.fillRect(geo.left, b.y0, geo.right - geo.left, Math.max(2, bottom - b.y0));
          ctx.globalAlpha = 1;
          ctx.strokeStyle = color;
          ctx.lineWidth = 2;
          ctx.beginPath();
          ctx.moveTo(geo.left, b.y0);
          ctx.lineTo(geo.right, b.y0);
          if (b.end <= playhead) {
            ctx.moveTo(geo.left, b.y1);
            ctx.lineTo(geo.right, b.y1);
          }
          ctx.stroke();
        }
      },
    };
  }, [geo, model, palette, events]);
}

function BatchMarks({
  geo,
  model,
  palette,
}: {
  geo: LaneGeometry;
  model: BatchModel;
  palette: Palette;
}) {
  const started = useLab(selectJobsStarted(model));
  const visible = useLab(selectBadgesShown(model));
  const color = palette.lane.batch;
  // Over a week the nightly jobs' labels would pile up: the latest that fit are written, the
  // others keep their dashed line.
  const labelYs = stackLabelsOrHide(
    model.jobs.map((j) => geo.y(j.run.startedAt) - 44),
    36,
    geo.top + 30,
  );
  const cell = 8;
  const badges = thinByCell(
    model.badges.slice(0, visible),
    (b) => ({ x: (geo.x(b.window.start) + geo.x(b.window.end)) / 2, y: geo.y(b.emittedAt) }),
    cell,
  );
  // Rows written first, so a job's label (with its halo) reads over the squares it passes.
  return (
    <g>
      {badges.map((b) => (
        <Badge
          key={`${b.emittedAt}:${b.window.start}:${b.window.end}`}
          x={(geo.x(b.window.start) + geo.x(b.window.end)) / 2}
          y={geo.y(b.emittedAt)}
          shape="square"
          size={10}
          fill={color}
          stroke={palette.panel}
          value={fitsLabel(b.window, geo.x) ? formatMoneyShort(b.value) : undefined}
          valueColor={palette.text}
          valuePlacement="above"
        />
      ))}
      {model.jobs.map((j, i) => {
        const y0 = geo.y(j.run.startedAt);
        const labelY = labelYs[i] ?? null;
        const [first, second] = splitLabel(j.label);
        return (
          <g key={`${j.run.startedAt}:${i}`} opacity={i < started ? 1 : 0.75}>
            <line
              x1={geo.right - 6}
              x2={geo.right - 6}
              y1={labelY === null ? y0 - 8 : labelY + 4}
              y2={y0}
              stroke={color}
              strokeDasharray={i < started ? undefined : '3 3'}
            />
            {labelY !== null && (
              <>
                <text
                  x={geo.right - 10}
                  y={labelY - 14}
                  textAnchor="end"
                  className="lane-label halo"
                  fill={palette.text}
                >
                  {first}
                </text>
                <text
                  x={geo.right - 10}
                  y={labelY + 2}
                  textAnchor="end"
                  className="lane-label halo"
                  fill={palette.muted}
                >
                  {second}
                </text>
              </>
            )}
          </g>
        );
      })}
    </g>
  );
}

/** "nightly job 01:00–01:20 reads 1,784 orders" -> two lines at " reads ". */
function splitLabel(label: string): [string, string] {
  const i = label.indexOf(' reads ');
  return i < 0 ? [label, ''] : [label.slice(0, i), label.slice(i + 1)];
}

function BatchCanvas(props: { geo: LaneGeometry; model: BatchModel; palette: Palette }) {
  const painter = usePainter(props.geo, props.model, props.palette);
  return <LaneCanvas geo={props.geo} painter={painter} palette={props.palette} />;
}

export function BatchLane({
  shared,
  model,
  palette,
  error,
}: {
  shared: SharedModel;
  model: BatchModel | null;
  palette: Palette;
  error: string | undefined;
}) {
  const tool = useLab(selectBatchSchedule) === 'nightly' ? 'nightly job' : 'hourly job';
  return (
    <LaneShell
      id="batch"
      name="Batch"
      tool={tool}
      testId="lane-batch"
      shared={shared}
      palette={palette}
      error={model ? undefined : (error ?? 'no result')}
      status={model && <BatchStatus model={model} shared={shared} />}
      summary={model && <BatchSummary model={model} />}
      footer={model && <BatchFooter model={model} />}
    >
      {(geo) =>
        model
          ? {
              canvas: <BatchCanvas geo={geo} model={model} palette={palette} />,
              marks: <BatchMarks geo={geo} model={model} palette={palette} />,
            }
          : { canvas: null, marks: null }
      }
    </LaneShell>
  );
}
