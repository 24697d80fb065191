import { describe, expect, it } from 'vitest';
import { parseLabUrl } from '../url/codec';
import { defaultUrlState } from '../url/state';
import { embedCode, embedUrl } from './code';

const PAGE = 'https://lab.example.org/batch-stream/';

describe('embedUrl', () => {
  it('keeps the scenario and playhead, adds embed=1 and the piece, drops mode and preset', () => {
    const { state } = parseLabUrl(
      '?late=0.3&wm=30s&t=45000000&mode=present&preset=stragglers&theme=dark&panel=controls',
    );
    const url = new URL(embedUrl(PAGE, state, 'stream'));
    expect(url.origin + url.pathname).toBe(PAGE);
    const back = parseLabUrl(url.search);
    expect(back.ignored).toEqual([]);
    expect(back.state).toMatchObject({
      embed: true,
      panel: 'stream',
      mode: 'full',
      preset: null,
      theme: 'dark',
      playhead: 45_000_000,
    });
    expect(back.state.settings).toEqual(state.settings);
  });

  it('writes no panel for the whole play area', () => {
    expect(embedUrl(PAGE, defaultUrlState, 'lanes')).toBe(`${PAGE}?embed=1`);
  });
});

describe('embedCode', () => {
  it('is a lazy iframe sandboxed to scripts only, with a title and a size', () => {
    expect(embedCode(PAGE, defaultUrlState, 'chart')).toBe(
      `<iframe src="${PAGE}?panel=chart&amp;embed=1" title="Batch vs Stream Lab: latency versus complexity"` +
        ` width="720" height="760" sandbox="allow-scripts" loading="lazy"></iframe>`,
    );
  });

  it('escapes the address so the snippet stays one well-formed element', () => {
    const code = embedCode('https://x.org/"><script>alert(1)</script>', defaultUrlState, 'lanes');
    expect(code).not.toContain('<script>');
    expect(code.match(/<iframe /g)).toHaveLength(1);
    expect(code).toContain('&quot;&gt;&lt;script&gt;');
  });
});
