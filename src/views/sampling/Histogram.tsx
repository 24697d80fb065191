// One inclusion histogram: bars of how often each stretch of positions ended in the sample, the
// flat line a fair sampler averages and its ±3σ band. A bar outside the band also carries a
// cross, so the verdict never rests on colour alone.
import { memo } from 'react';
import type { Palette } from '../theme/palette';
import { YGrid } from './YGrid';
import { histogramGeometry } from '../../geometry/sampling';
import { formatPValue, verdict, type TrialResult } from './trialsModel';
import { formatCount } from '../../format/count';

export const Histogram = memo(function Histogram({
  result,
  palette,
  clockAt,
  main,
}: {
  result: TrialResult;
  palette: Palette;
  clockAt: (position: number) => string;
  main: boolean;
}) {
  const g = histogramGeometry(result, clockAt);
  const { frame } = g;
  const bottom = frame.height - frame.margin.bottom;
  const fill = main ? palette.onTimeOrder : palette.lateOrder;
  const outsideBars = g.bars.filter((b) => b.outside).length;
  const label =
    `${result.title}: inclusion counts of ${formatCount(result.n)} positions over ` +
    `${formatCount(result.trials)} trials in ${g.bars.length} bars; ` +
    `${outsideBars === 0 ? 'every bar is inside' : `${outsideBars} bars are outside`} the ±3σ band ` +
    `around the expected ${formatCount(Math.round(result.bins[0]?.expected ?? 0))} per bar. ` +
    `Chi-square ${result.chi.statistic.toFixed(0)} on ${result.chi.df} degrees of freedom, p ${formatPValue(result.chi.pValue)}.`;
  return (
    <figure
      className={main ? 'smp-hist smp-hist--main' : 'smp-hist'}
      data-testid={`smp-hist-${result.id}`}
      data-fair={result.fair}
      data-within-band={result.withinBand}
      data-p={result.chi.pValue}
      data-mean-size={result.meanSize}
    >
      <figcaption>
        <span className="smp-hist-title">{result.title}</span>
        <span className="smp-hist-stats">
          χ² = {formatCount(Math.round(result.chi.statistic))} (df {formatCount(result.chi.df)}),{' '}
          <span data-testid="smp-pvalue">p {formatPValue(result.chi.pValue)}</span> · kept{' '}
          {result.minSize === result.maxSize
            ? formatCount(result.minSize)
            : `${result.meanSize.toFixed(1)} on average (${result.minSize}–${result.maxSize})`}{' '}
          of k = {result.k}
        </span>
        <span className={result.fair ? 'smp-verdict smp-verdict--fair' : 'smp-verdict'}>
          {result.fair ? '✓ ' : '✗ '}
          {verdict(result)}
        </span>
      </figcaption>
      <svg viewBox={`0 0 ${frame.width} ${frame.height}`} role="img" aria-label={label}>
        <path d={g.band} fill={palette.grid} fillOpacity={0.3} />
        <YGrid ticks={g.yTicks} frame={frame} palette={palette} opacity={0.35} />
        {g.bars.map((b, i) => (
          <rect
            key={i}
            x={b.x}
            y={b.y}
            width={b.width}
            height={b.height}
            fill={b.outside ? palette.dropped : fill}
          />
        ))}
        {g.bars.map((b, i) =>
          b.outside ? (
            <path
              key={`x${i}`}
              d={`M${b.cx - 4},${frame.margin.top + 2}l8,8m0,-8l-8,8`}
              stroke={palette.dropped}
              strokeWidth={2}
            />
          ) : null,
        )}
        <path
          d={g.expected}
          stroke={palette.text}
          strokeWidth={2}
          strokeDasharray="6 3"
          fill="none"
        />
        <line
          x1={frame.margin.left}
          x2={frame.width - frame.margin.right}
          y1={bottom}
          y2={bottom}
          stroke={palette.muted}
        />
        {g.xTicks.map((t, i) => (
          <text
            key={i}
            x={t.at}
            y={bottom + 14}
            textAnchor={i === 0 ? 'start' : i === g.xTicks.length - 1 ? 'end' : 'middle'}
            fill={palette.muted}
            fontSize={12}
          >
            <tspan>{t.label}</tspan>
            <tspan x={t.at} dy="1.2em">
              {t.clock}
            </tspan>
          </text>
        ))}
      </svg>
    </figure>
  );
});
