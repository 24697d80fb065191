// The key to the lanes' marks, shown once under the lanes: shapes as well as colours, so nothing
// depends on colour alone, and one meaning per symbol in every lane. A single lane (an embed)
// lists only the marks it draws.
import type { ReactNode } from 'react';
import type { LaneId } from '../../engine';
import { markShape, type Palette } from '../theme/palette';
import { shapePath } from './Badge';

function Item({ glyph, children }: { glyph: ReactNode; children: ReactNode }) {
  return (
    <li>
      <svg width="22" height="18" viewBox="-11 -9 22 18" aria-hidden="true">
        {glyph}
      </svg>
      {children}
    </li>
  );
}

/** Which lanes draw each mark. */
const ALL: readonly LaneId[] = ['batch', 'microbatch', 'stream', 'request'];

export function LanesLegend({ palette, only }: { palette: Palette; only?: LaneId | undefined }) {
  const shows = (lanes: readonly LaneId[]) => only === undefined || lanes.includes(only);
  const shape = (s: keyof typeof markShape, fill: string, size = 9, hollow = false) => (
    <path
      d={shapePath(markShape[s], size)}
      fill={hollow || s === 'dropped' ? 'none' : fill}
      stroke={fill}
      strokeWidth={2}
    />
  );
  const pill = (fill: string, dashed: boolean) => (
    <rect
      x={-10}
      y={-7}
      width={20}
      height={14}
      rx={3}
      fill={dashed ? 'none' : fill}
      stroke={fill}
      strokeWidth={2}
      strokeDasharray={dashed ? '3 2' : undefined}
    />
  );
  return (
    <ul className="lanes-legend" aria-label="Key to the lanes">
      {shows(ALL) && (
        <Item glyph={shape('onTimeOrder', palette.onTimeOrder, 6)}>on-time order</Item>
      )}
      {shows(ALL) && <Item glyph={shape('lateOrder', palette.lateOrder)}>late order</Item>}
      {shows(['microbatch', 'stream']) && (
        <Item glyph={shape('dropped', palette.dropped)}>dropped as too late</Item>
      )}
      {shows(['batch']) && (
        <Item glyph={shape('lateOrder', palette.lateOrder, 9, true)}>missed by the job</Item>
      )}
      {shows(['microbatch', 'stream']) && (
        <Item
          glyph={<path d="M-9,-7V0H9V7" fill="none" stroke={palette.watermark} strokeWidth={3.5} />}
        >
          watermark
        </Item>
      )}
      {shows(['stream']) && (
        <Item glyph={pill(palette.timing.early, true)}>E early · O on-time · L late pane</Item>
      )}
      {shows(['microbatch', 'batch']) && (
        <Item glyph={shape('on-time', palette.lane.microbatch, 10)}>row written</Item>
      )}
      {shows(ALL) && (
        <Item
          glyph={
            <line x1={-9} x2={9} y1={-7} y2={7} stroke={palette.muted} strokeDasharray="3 3" />
          }
        >
          arrived instantly
        </Item>
      )}
    </ul>
  );
}
