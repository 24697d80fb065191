// What the narrator says: the stream's window closings (its on-time firings) with the orders and
// revenue each window reported, and the late orders dropped meanwhile, between two playheads.
// Pure, so the sentence a screen reader hears is tested like any other view model.
import { time, type LabRun } from '../../engine';
import { formatClock } from '../../format/clock';
import { formatCount } from '../../format/count';
import { formatMoney } from '../../format/money';
import { lossTimesOf } from '../lost';

const countAtOrBefore = time.countAtOrBefore;

export interface Closing {
  /** When the window closed (its on-time panes fired). */
  at: number;
  start: number;
  end: number;
  orders: number;
  /** Integer cents. */
  amount: number;
}

export interface Narration {
  closings: Closing[];
  /** When the stream dropped each late order, ascending (as every panel counts drops). */
  drops: Float64Array;
}

/**
 * Window closings in time order and drop times, from one run (build once per run). Windows are
 * told apart by their start and end as numbers, nested: a "start:end" string per pane and per
 * emission was most of the narration's cost on 240,000 orders.
 */
export function narrationOf(run: LabRun): Narration {
  if (!run.stream.ok) return { closings: [], drops: new Float64Array() };
  interface Window {
    start: number;
    end: number;
    at: number;
    /** The full value each key reported at the closing: the last emission at that instant wins. */
    keys: Map<string, { value: number; count: number }>;
  }
  const byStart = new Map<number, Map<number, Window>>();
  const windows: Window[] = [];
  for (const p of run.stream.value.panes)
    if (p.timing === 'on-time' && !p.retraction) {
      const { start, end } = p.window;
      let byEnd = byStart.get(start);
      if (byEnd === undefined) byStart.set(start, (byEnd = new Map()));
      if (!byEnd.has(end)) {
        const w: Window = { start, end, at: p.emittedAt, keys: new Map() };
        byEnd.set(end, w);
        windows.push(w);
      }
    }
  // The full value each key reported at the closing (emissions carry full values in every
  // accumulation mode); the last emission of a key at that instant wins.
  for (const e of run.lanes.stream.emissions) {
    const w = byStart.get(e.window.start)?.get(e.window.end);
    if (w === undefined || w.at !== e.emittedAt) continue;
    w.keys.set(e.key, { value: e.value, count: e.count });
  }
  const closings: Closing[] = windows.map(({ start, end, at, keys }) => {
    let orders = 0;
    let amount = 0;
    for (const v of keys.values()) {
      orders += v.count;
      amount += v.value;
    }
    return { at, start, end, orders, amount };
  });
  closings.sort((a, b) => a.at - b.at || a.start - b.start);
  return { closings, drops: lossTimesOf(run).streamDropped };
}

/**
 * One sentence about what happened in (from, to]: the latest window that closed, how many others
 * closed with it, and the late orders dropped; null when nothing did.
 * "Window 12:00–12:05 closed: 40 orders, $1,234.56; 2 late orders dropped."
 */
export function narrate(n: Narration, from: number, to: number): string | null {
  if (!(to > from)) return null;
  const closed = n.closings.filter((c) => c.at > from && c.at <= to);
  const dropped = countAtOrBefore(n.drops, to) - countAtOrBefore(n.drops, from);
  const parts: string[] = [];
  const last = closed[closed.length - 1];
  if (last) {
    const more = closed.length - 1;
    parts.push(
      `Window ${formatClock(last.start, 'never')}–${formatClock(last.end, 'never')} closed: ${formatCount(last.orders)} ${last.orders === 1 ? 'order' : 'orders'}, ${formatMoney(last.amount)}${more > 0 ? ` (and ${formatCount(more)} earlier ${more === 1 ? 'window' : 'windows'})` : ''}`,
    );
  }
  if (dropped > 0)
    parts.push(`${formatCount(dropped)} late ${dropped === 1 ? 'order' : 'orders'} dropped`);
  return parts.length > 0 ? `${parts.join('; ')}.` : null;
}
