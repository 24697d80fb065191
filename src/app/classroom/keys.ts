// The classroom's keyboard shortcuts, decided apart from the DOM so they can be tested: 1-9 pick
// a preset, Alt+R resets everything, ? opens the help. Playback keys live in
// views/playback (usePlaybackKeys); the help dialog lists both.

export type ClassroomKey = { kind: 'preset'; index: number } | { kind: 'reset' } | { kind: 'help' };

export interface ClassroomPress {
  key: string;
  /** KeyboardEvent.code: Alt+R is "KeyR" on every layout, though `key` may be "®". */
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  repeat: boolean;
  /** Focus is in a text field, a select or an editable region: keys belong to it. */
  typing: boolean;
}

/** The classroom action a key press means, or null. */
export function classroomKey(press: ClassroomPress): ClassroomKey | null {
  if (press.repeat || press.ctrlKey || press.metaKey) return null;
  if (press.altKey) return press.code === 'KeyR' ? { kind: 'reset' } : null;
  if (press.typing) return null;
  if (press.key === '?') return { kind: 'help' };
  if (/^[1-9]$/.test(press.key)) return { kind: 'preset', index: Number(press.key) - 1 };
  return null;
}

/** Every shortcut, for the help dialog (playback's first, as the bar shows them). */
export const SHORTCUTS: readonly (readonly [keys: string, what: string])[] = [
  ['Space', 'Play or pause'],
  ['→ / ←', 'Step to the next / previous order'],
  ['Shift + → / ←', 'Step to the next / previous firing (a bigger step)'],
  ['Home', 'Back to the start'],
  ['1 – 9', 'Load a classroom preset (in menu order)'],
  ['Alt + R', 'Reset everything: settings, playhead, speed, preset and panel'],
  ['?', 'Open this help'],
  ['Esc', 'Close this help'],
  ['Tab / Shift + Tab', 'Move between controls'],
  ['← / → on a slider', 'Change its value (Home / End: minimum / maximum)'],
];
