// The places below the stage, one tab each: what the stage leaves out (every setting, the
// results table, explanations, sampling, failures, lessons, code, the learner's own data).
// `panel=` in a link opens its tab; the stage's own regions (lanes, chart) need no tab.
import type { PanelId } from '../url/state';

export const TABS = [
  { id: 'results', title: 'Results' },
  { id: 'controls', title: 'Controls' },
  { id: 'explain', title: 'What is going on' },
  { id: 'sampling', title: 'Sampling' },
  { id: 'failures', title: 'Failures' },
  { id: 'learn', title: 'Learn' },
  { id: 'code', title: 'Code' },
  { id: 'data', title: 'Your data' },
] as const satisfies readonly { id: PanelId; title: string }[];

export type TabId = (typeof TABS)[number]['id'];

/** The tab a page opens with when the link names none: who is right, next to the stage. */
export const DEFAULT_TAB: TabId = 'results';

/** The tab that holds `panel`, or null for the stage's own regions. */
export function tabOf(panel: PanelId | null): TabId | null {
  return TABS.find((t) => t.id === panel)?.id ?? null;
}
