// Pure parts of the playback bar: where the warp's squeezed stretches and the lanes' firings sit
// on the scrubber (as fractions of its width), and which keyboard shortcut a key press means.
import type { TimeWarp } from '../../geometry/timewarp';

export type TickLane = 'stream' | 'microbatch' | 'batch';
export const TICK_LANES: readonly TickLane[] = ['stream', 'microbatch', 'batch'];

/** A squeezed stretch as a fraction [x0, x1] of the scrubber width. */
export interface BreakMark {
  x0: number;
  x1: number;
  /** Simulated time left out, for the label ("2 h 10 min squeezed"). */
  hidden: number;
}

export function breakMarks(warp: TimeWarp): BreakMark[] {
  if (warp.total <= 0) return [];
  return warp.breaks.map((b) => ({
    x0: b.warpStart / warp.total,
    x1: b.warpEnd / warp.total,
    hidden: b.end - b.start,
  }));
}

/**
 * One tick per lane per slot of the scrubber where that lane emits (hundreds of panes fired at one
 * instant would otherwise draw hundreds of identical lines). Ticks are in lane order, then x.
 */
export function firingTicks(
  emissions: Record<TickLane, readonly { emittedAt: number }[]>,
  warp: TimeWarp,
  slots = 500,
): { lane: TickLane; x: number }[] {
  const out: { lane: TickLane; x: number }[] = [];
  if (warp.total <= 0) return out;
  for (const lane of TICK_LANES) {
    const seen = new Set<number>();
    // Many emissions share an instant (every row of a batch, every pane of a firing): place
    // each instant once.
    let lastAt = NaN;
    for (const e of emissions[lane]) {
      if (!Number.isFinite(e.emittedAt) || e.emittedAt === lastAt) continue;
      lastAt = e.emittedAt;
      seen.add(Math.round((warp.toWarp(e.emittedAt) / warp.total) * slots));
    }
    for (const slot of [...seen].sort((a, b) => a - b)) out.push({ lane, x: slot / slots });
  }
  return out;
}

/** Step of the scrubber: arrow keys move it by a quarter of a percent of the axis. */
export function scrubStep(total: number): number {
  return Math.max(1, total / 400);
}

export type KeyAction =
  'toggle' | 'nextOrder' | 'previousOrder' | 'nextFiring' | 'previousFiring' | 'rewind';

/** What the window-level listener needs to know about a key press and where focus is. */
export interface KeyPress {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  repeat: boolean;
  target: {
    tagName: string;
    role: string | null;
    isContentEditable: boolean;
  } | null;
}

const TYPING_TAGS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);
// Elements where Space or Enter already act (press a button, open a <details>, follow a link).
const ACTIVATING_TAGS = new Set(['BUTTON', 'SUMMARY', 'A']);
// Widgets that use the arrow keys themselves.
const ARROW_ROLES = new Set([
  'slider',
  'tab',
  'tablist',
  'listbox',
  'option',
  'menu',
  'menuitem',
  'radio',
  'radiogroup',
  'spinbutton',
  'grid',
  'tree',
  'treeitem',
  'combobox',
]);

/**
 * The shortcut a key press means, or null to leave it alone: Space plays or pauses, ← / → step
 * to the previous / next order (with Shift: firing), Home rewinds. Presses with Ctrl, Alt or Meta,
 * or with focus in a form field, an editable region or a widget that uses arrows, are left alone,
 * as is Space on buttons and links (it already presses them).
 */
export function keyAction(press: KeyPress): KeyAction | null {
  if (press.ctrlKey || press.altKey || press.metaKey) return null;
  const t = press.target;
  if (t && (TYPING_TAGS.has(t.tagName.toUpperCase()) || t.isContentEditable)) return null;
  const role = t?.role ?? null;
  switch (press.key) {
    case ' ':
    case 'Spacebar':
      if (press.repeat) return null;
      if (t && ACTIVATING_TAGS.has(t.tagName.toUpperCase())) return null;
      if (role === 'button' || role === 'link' || role === 'checkbox' || role === 'switch')
        return null;
      return 'toggle';
    case 'ArrowRight':
    case 'ArrowLeft': {
      if (role && ARROW_ROLES.has(role)) return null;
      const next = press.key === 'ArrowRight';
      if (press.shiftKey) return next ? 'nextFiring' : 'previousFiring';
      return next ? 'nextOrder' : 'previousOrder';
    }
    case 'Home':
      if (role && ARROW_ROLES.has(role)) return null;
      return 'rewind';
    default:
      return null;
  }
}
