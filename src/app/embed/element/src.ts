// The address a <batch-stream-lab> element's iframe opens, from its attributes: the lab's
// address (`src`, else where the element's script came from), the scenario as a link query or a
// preset id, and the panel and theme. Pure, so the element's only logic is tested in node.

export interface ElementAttributes {
  /** A link query ("late=0.3&wm=30s", with or without "?") or a classroom preset id ("stragglers"). */
  scenario: string | null;
  panel: string | null;
  theme: string | null;
}

const PRESET_ID = /^[a-z][a-z0-9-]*$/;

/**
 * The embed URL for `base` (the lab's page address) and the attributes. A scenario that looks
 * like a preset id becomes `preset=…`; a query is passed on as it is (the lab itself validates
 * every parameter and ignores what it cannot use). `embed=1` is always set, and `panel`/`theme`
 * attributes win over the same names in the query.
 */
export function elementSrc(base: string, attrs: ElementAttributes): string {
  const url = new URL(base);
  const scenario = (attrs.scenario ?? '').trim();
  const params = new URLSearchParams(
    PRESET_ID.test(scenario) ? { preset: scenario } : scenario.replace(/^\?/, ''),
  );
  if (attrs.panel) params.set('panel', attrs.panel);
  if (attrs.theme) params.set('theme', attrs.theme);
  params.delete('embed');
  params.set('embed', '1');
  url.search = `?${params.toString()}`;
  url.hash = '';
  return url.toString();
}
