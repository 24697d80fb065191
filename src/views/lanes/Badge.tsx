// A result badge in SVG (the rows a micro-batch or batch job writes): a shape (never colour
// alone, see palette.markShape), an optional letter inside, and an optional value beside it.
import type { Shape } from '../theme/palette';

/** A path for `shape` of about `size` pixels, centred on (0, 0). */
export function shapePath(shape: Shape, size: number): string {
  const h = size / 2;
  switch (shape) {
    case 'diamond':
      return `M0,${-h * 1.2}L${h * 1.2},0L0,${h * 1.2}L${-h * 1.2},0Z`;
    case 'square':
      return `M${-h},${-h}H${h}V${h}H${-h}Z`;
    case 'triangle':
      return `M0,${-h * 1.25}L${h * 1.2},${h * 0.9}L${-h * 1.2},${h * 0.9}Z`;
    case 'cross':
      return `M${-h},${-h}L${h},${h}M${h},${-h}L${-h},${h}`;
    case 'circle':
      return `M${h},0A${h},${h} 0 1 1 ${-h},0A${h},${h} 0 1 1 ${h},0Z`;
  }
}

export function Badge({
  x,
  y,
  shape,
  size = 17,
  fill,
  stroke,
  letter,
  letterColor,
  value,
  valueColor,
  valuePlacement = 'right',
  hollow = false,
}: {
  x: number;
  y: number;
  shape: Shape;
  size?: number;
  fill: string;
  stroke: string;
  letter?: string;
  letterColor?: string;
  value?: string | undefined;
  valueColor?: string;
  valuePlacement?: 'right' | 'left' | 'above';
  hollow?: boolean;
}) {
  return (
    <g transform={`translate(${x.toFixed(1)},${y.toFixed(1)})`}>
      <path
        d={shapePath(shape, size)}
        fill={hollow ? 'none' : fill}
        stroke={stroke}
        strokeWidth={hollow ? 2 : 1.5}
      />
      {letter && (
        <text
          y={shape === 'triangle' ? 4 : 4.5}
          textAnchor="middle"
          className="lane-badge-letter"
          fill={letterColor}
        >
          {letter}
        </text>
      )}
      {value && (
        <text
          x={
            valuePlacement === 'above'
              ? 0
              : valuePlacement === 'right'
                ? size / 2 + 4
                : -size / 2 - 4
          }
          y={valuePlacement === 'above' ? -size / 2 - 5 : 4.5}
          textAnchor={
            valuePlacement === 'above' ? 'middle' : valuePlacement === 'right' ? 'start' : 'end'
          }
          className="lane-label halo"
          fill={valueColor}
        >
          {value}
        </text>
      )}
    </g>
  );
}
