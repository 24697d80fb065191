// Where the stream lane's pane labels go: one pill per window for what it last reported (its
// latest early pane until it closes, then its on-time pane) plus its latest late pane, centred on
// the window at the processing time it fired. Labels never overlap: a value that does not fit its
// window's column is dropped (the letter stays), a late pane too close under the on-time one is
// nudged down, and a column too narrow for even a letter is left out and counted.
import type { Linear } from './linear';
import type { TimeY } from './lanes';

export type PaneTiming = 'early' | 'on-time' | 'late';

export interface PaneMark {
  window: { start: number; end: number };
  emittedAt: number;
  timing: PaneTiming;
  /** What the pane reported (cents), already formatted by the caller. */
  value: string;
}

export interface PlacedPane {
  key: string;
  timing: PaneTiming;
  /** Centre of the pill. */
  x: number;
  y: number;
  width: number;
  height: number;
  text: string;
}

const LETTER: Record<PaneTiming, string> = { early: 'E', 'on-time': 'O', late: 'L' };
/** Average character width as a share of the font size. */
const CHAR_EM = 0.58;

/**
 * Pills for `panes` (ascending by emittedAt, all already fired). Returns the pills and how many
 * windows had no room for one.
 */
export function placePanes(
  panes: readonly PaneMark[],
  x: Linear,
  y: TimeY,
  font: number,
): { pills: PlacedPane[]; elided: number } {
  // Per window: the latest pane before it closed (early, or the on-time one) and the latest late.
  const byWindow = new Map<string, { main?: PaneMark; late?: PaneMark }>();
  for (const p of panes) {
    const key = `${p.window.start}:${p.window.end}`;
    const slot = byWindow.get(key) ?? {};
    if (p.timing === 'late') slot.late = p;
    else if (slot.main?.timing !== 'on-time') slot.main = p;
    byWindow.set(key, slot);
  }
  const height = Math.round(font + 7);
  const pills: PlacedPane[] = [];
  let elided = 0;
  const [d0, d1] = x.domain() as [number, number];
  for (const [key, slot] of byWindow) {
    const any = slot.main ?? slot.late!;
    const x0 = x(Math.max(d0, any.window.start));
    const x1 = x(Math.min(d1, any.window.end));
    const column = x1 - x0 - 2;
    const letterOnly = font + 8;
    if (column < letterOnly) {
      elided++;
      continue;
    }
    let below = -Infinity;
    for (const p of [slot.main, slot.late]) {
      if (!p) continue;
      const full = `${LETTER[p.timing]} ${p.value}`;
      const fullWidth = Math.ceil(full.length * font * CHAR_EM) + 8;
      const [text, width] =
        fullWidth <= column ? [full, fullWidth] : [LETTER[p.timing], letterOnly];
      const cy = Math.max(y(p.emittedAt), below + height + 2);
      pills.push({
        key: `${key}:${p.timing}`,
        timing: p.timing,
        x: (x0 + x1) / 2,
        y: cy,
        width,
        height,
        text,
      });
      below = cy;
    }
  }
  return { pills, elided };
}
