// The chart's picture: region bands with their tools, the log latency axis, the complexity axis
// and one mark per lane with its p95 whisker. Purely visual (role="img" with a text summary);
// the focusable hit targets and the tooltip live in the HTML layer above it.
import type { Transition } from 'motion/react';
import * as animated from 'motion/react-m';
import type { Palette } from '../theme/palette';
import {
  bandLabels,
  complexityTicks,
  latencyTicks,
  type ChartMark,
  type ChartModel,
} from './model';

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
  const { frame } = model;
  const plotBottom = frame.height - frame.margin.bottom;
  const plotLeft = frame.margin.left;
  const plotRight = frame.width - frame.margin.right;
  return (
    <svg
      className="latency-chart__svg"
      viewBox={`0 0 ${frame.width} ${frame.height}`}
      role="img"
      aria-label={label}
    >
      <title>Latency versus complexity</title>
      {bandLabels(frame).map((b) => (
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
            y={18}
            textAnchor="middle"
            fontSize={15}
            fontWeight={700}
            fill={palette.text}
          >
            {b.title}
          </text>
          <text x={b.cx} y={36} textAnchor="middle" fontSize={13} fill={palette.muted}>
            {b.toolLines.map((line, i) => (
              <tspan key={i} x={b.cx} dy={i === 0 ? 0 : 15}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      ))}

      {latencyTicks(frame).map((t) => (
        <g key={t.value}>
          <line
            x1={t.x}
            x2={t.x}
            y1={frame.margin.top}
            y2={plotBottom}
            stroke={palette.grid}
            strokeOpacity={0.35}
          />
          <line x1={t.x} x2={t.x} y1={plotBottom} y2={plotBottom + 6} stroke={palette.muted} />
          <text x={t.x} y={plotBottom + 20} textAnchor="middle" fontSize={13} fill={palette.muted}>
            {t.label}
          </text>
        </g>
      ))}
      {complexityTicks(frame).map((t) => (
        <g key={t.value}>
          <line x1={plotLeft - 6} x2={plotLeft} y1={t.y} y2={t.y} stroke={palette.muted} />
          <text x={plotLeft - 10} y={t.y + 4} textAnchor="end" fontSize={13} fill={palette.muted}>
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
        y={frame.height - 8}
        textAnchor="middle"
        fontSize={13}
        fill={palette.text}
      >
        latency the approach adds, log scale (mark: median; whisker: to p95) →
      </text>
      <text
        transform={`translate(16 ${(frame.margin.top + plotBottom) / 2}) rotate(-90)`}
        textAnchor="middle"
        fontSize={13}
        fill={palette.text}
      >
        complexity (sum of mechanism weights) →
      </text>

      {model.marks.map((m) => (
        <Mark
          key={m.lane}
          mark={m}
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
  palette,
  transition,
  active,
}: {
  mark: ChartMark;
  palette: Palette;
  transition: Transition;
  active: boolean;
}) {
  const colour = palette.lane[mark.lane];
  const whisker = Math.max(0, mark.whiskerX2 - mark.x);
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
        y1={-7}
        y2={7}
        stroke={colour}
        strokeWidth={3}
      />
      <circle r={active ? 11 : 9} fill={colour} stroke={palette.panel} strokeWidth={2} />
      <text
        y={-16}
        textAnchor="middle"
        fontSize={14}
        fontWeight={700}
        fill={palette.text}
        stroke={palette.panel}
        strokeWidth={4}
        paintOrder="stroke"
      >
        {mark.title}
      </text>
    </animated.g>
  );
}
