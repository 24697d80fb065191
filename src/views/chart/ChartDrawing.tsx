// The chart's picture: region bands with their tools, the log latency axis, the complexity axis
// and one mark per lane with its p95 whisker and a ring filled as far as the lane is right.
// Drawn at its pixel size (no viewBox scaling), so its text is the size it says. Purely visual
// (role="img" with a text summary); the hit targets and the tooltip live in the HTML layer above.
import type { Transition } from 'motion/react';
import * as animated from 'motion/react-m';
import type { Palette } from '../theme/palette';
import { bandLabels, complexityTicks, latencyTicks } from '../../geometry/latencyChartAxes';
import { ringRadius } from '../../geometry/latencyChartMarks';
import { formatShare, type ChartMark, type ChartModel } from './model';

const BAND_TINT = 0.1;

export function ChartDrawing({
  model,
  palette,
  label,
  transition,
  active,
}: {
  model: ChartModel;
  palette: Palette;
  label: string;
  transition: Transition;
  active: string | null;
}) {
  const { frame, font } = model;
  const plotBottom = frame.height - frame.margin.bottom;
  const plotLeft = frame.margin.left;
  const plotRight = frame.width - frame.margin.right;
  const title = font + 1;
  const line = Math.round(font * 1.25);
  return (
    <svg
      className="latency-chart__svg"
      width={frame.width}
      height={frame.height}
      viewBox={`0 0 ${frame.width} ${frame.height}`}
      role="img"
      aria-label={label}
    >
      <title>Latency versus complexity</title>
      {bandLabels(frame, font).map((b) => (
        <g key={b.id}>
          <rect
            x={b.x}
            y={b.y}
            width={b.width}
            height={b.height}
            fill={palette.lane[b.id]}
            fillOpacity={BAND_TINT}
          />
          <line
            x1={b.x + b.width}
            x2={b.x + b.width}
            y1={b.y}
            y2={b.y + b.height}
            stroke={palette.grid}
            strokeDasharray="4 4"
          />
          <text
            x={b.cx}
            y={title + 2}
            textAnchor="middle"
            fontSize={title}
            fontWeight={700}
            fill={palette.text}
          >
            {b.titleLines.map((t, i) => (
              <tspan key={i} x={b.cx} dy={i === 0 ? 0 : Math.round(title * 1.2)}>
                {t}
              </tspan>
            ))}
          </text>
          {b.toolLines.length > 0 && (
            <text
              x={b.cx}
              y={2 * Math.round(title * 1.25) + font}
              textAnchor="middle"
              fontSize={font}
              fill={palette.muted}
            >
              {b.toolLines.map((t, i) => (
                <tspan key={i} x={b.cx} dy={i === 0 ? 0 : line}>
                  {t}
                </tspan>
              ))}
            </text>
          )}
        </g>
      ))}

      {latencyTicks(frame, font).map((t, i, all) => (
        <g key={t.value}>
          <line
            x1={t.x}
            x2={t.x}
            y1={frame.margin.top}
            y2={plotBottom}
            stroke={palette.grid}
            strokeOpacity={0.35}
          />
          <line x1={t.x} x2={t.x} y1={plotBottom} y2={plotBottom + 5} stroke={palette.muted} />
          <text
            x={t.x}
            y={plotBottom + 5 + font}
            textAnchor={i === 0 ? 'start' : i === all.length - 1 ? 'end' : 'middle'}
            fontSize={font}
            fill={palette.muted}
          >
            {t.label}
          </text>
        </g>
      ))}
      {complexityTicks(frame, font).map((t) => (
        <g key={t.value}>
          <line x1={plotLeft - 5} x2={plotLeft} y1={t.y} y2={t.y} stroke={palette.muted} />
          <text
            x={plotLeft - 7}
            y={t.y + font * 0.35}
            textAnchor="end"
            fontSize={font}
            fill={palette.muted}
          >
            {t.value}
          </text>
        </g>
      ))}
      <line x1={plotLeft} x2={plotRight} y1={plotBottom} y2={plotBottom} stroke={palette.muted} />
      <line
        x1={plotLeft}
        x2={plotLeft}
        y1={frame.margin.top}
        y2={plotBottom}
        stroke={palette.muted}
      />
      <text
        x={(plotLeft + plotRight) / 2}
        y={frame.height - 4}
        textAnchor="middle"
        fontSize={font}
        fill={palette.text}
      >
        latency it adds (log) →
      </text>
      <text
        transform={`translate(${font} ${(frame.margin.top + plotBottom) / 2}) rotate(-90)`}
        textAnchor="middle"
        fontSize={font}
        fill={palette.text}
      >
        complexity →
      </text>

      {model.marks.map((m) => (
        <Mark
          key={m.lane}
          mark={m}
          font={font}
          palette={palette}
          transition={transition}
          active={active === m.lane}
        />
      ))}
    </svg>
  );
}

function Mark({
  mark,
  font,
  palette,
  transition,
  active,
}: {
  mark: ChartMark;
  font: number;
  palette: Palette;
  transition: Transition;
  active: boolean;
}) {
  const colour = palette.lane[mark.lane];
  const whisker = Math.max(0, mark.whiskerX2 - mark.x);
  // The ring: a full circle is a lane that has everything right; the grey gap is what it lost.
  const r = ringRadius(font) + (active ? 2 : 0);
  const { dx, dy, anchor, lines } = mark.labelAt;
  const circumference = 2 * Math.PI * r;
  const right = Number.isFinite(mark.right) ? Math.max(0, Math.min(1, mark.right)) : 0;
  const halo = { stroke: palette.panel, strokeWidth: 4, paintOrder: 'stroke' } as const;
  return (
    <animated.g
      className="latency-chart__mark"
      initial={false}
      animate={{ x: mark.x, y: mark.y }}
      transition={transition}
    >
      <animated.line
        initial={false}
        animate={{ x2: whisker }}
        transition={transition}
        x1={0}
        y1={0}
        y2={0}
        stroke={colour}
        strokeWidth={3}
      />
      <animated.line
        initial={false}
        animate={{ x1: whisker, x2: whisker }}
        transition={transition}
        y1={-6}
        y2={6}
        stroke={colour}
        strokeWidth={3}
      />
      <circle r={r + 3} fill={palette.panel} />
      <circle r={r} fill="none" stroke={palette.grid} strokeWidth={5} />
      <circle
        r={r}
        fill="none"
        stroke={colour}
        strokeWidth={5}
        strokeDasharray={`${right * circumference} ${circumference}`}
        transform="rotate(-90)"
      />
      <circle r={Math.max(2, r - 5)} fill={colour} />
      {lines === 2 ? (
        <>
          <text
            x={dx}
            y={dy}
            textAnchor={anchor}
            fontSize={font + 1}
            fontWeight={700}
            fill={palette.text}
            {...halo}
          >
            {mark.title}
          </text>
          <text
            x={dx}
            y={dy + Math.round(font * 1.2)}
            textAnchor={anchor}
            fontSize={font}
            fill={palette.text}
            {...halo}
          >
            {formatShare(mark.right)} right
          </text>
        </>
      ) : (
        <text x={dx} y={dy} textAnchor={anchor} fontSize={font} fill={palette.text} {...halo}>
          <tspan fontSize={font + 1} fontWeight={700}>
            {mark.title}
          </tspan>{' '}
          {formatShare(mark.right)} right
        </text>
      )}
    </animated.g>
  );
}
