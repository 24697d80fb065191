// The key to the lanes' marks, shown once under the four lanes: shapes as well as colours, so
// nothing depends on colour alone.
import type { ReactNode } from 'react';
import { markShape, type Palette } from '../theme/palette';
import { shapePath } from './Badge';

function Item({ glyph, children }: { glyph: ReactNode; children: ReactNode }) {
  return (
    <li>
      <svg width="20" height="20" viewBox="-10 -10 20 20" aria-hidden="true">
        {glyph}
      </svg>
      {children}
    </li>
  );
}

export function LanesLegend({ palette }: { palette: Palette }) {
  const shape = (s: keyof typeof markShape, fill: string, size = 9, hollow = false) => (
    <path
      d={shapePath(markShape[s], size)}
      fill={hollow || s === 'dropped' ? 'none' : fill}
      stroke={fill}
      strokeWidth={2}
    />
  );
  return (
    <ul className="lanes-legend" aria-label="Key to the lanes">
      <Item glyph={shape('onTimeOrder', palette.onTimeOrder)}>on-time order</Item>
      <Item glyph={shape('lateOrder', palette.lateOrder)}>late order</Item>
      <Item glyph={shape('dropped', palette.dropped)}>dropped / ignored</Item>
      <Item glyph={shape('lateOrder', palette.lateOrder, 9, true)}>missed by the job</Item>
      <Item
        glyph={<path d="M-8,-8V0H8V8" fill="none" stroke={palette.watermark} strokeWidth={2.5} />}
      >
        watermark
      </Item>
      <Item glyph={shape('early', palette.timing.early, 12)}>E early pane</Item>
      <Item glyph={shape('on-time', palette.timing['on-time'], 12)}>O on-time pane</Item>
      <Item glyph={shape('late', palette.timing.late, 12)}>L late pane</Item>
      <Item
        glyph={<line x1={-9} x2={9} y1={9} y2={-9} stroke={palette.muted} strokeDasharray="3 3" />}
      >
        arrived instantly
      </Item>
    </ul>
  );
}
