import { describe, expect, it } from 'vitest';
import { parseLabUrl } from '../url/codec';
import { defaultUrlState } from '../url/state';
import { embedCode, embedUrl, iframeCode } from './code';
import { embedHeight } from './pieces';

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
  it('is a lazy iframe sandboxed to scripts only, with a title and the usual size of the piece', () => {
    expect(embedCode(PAGE, defaultUrlState, 'chart')).toBe(
      `<iframe src="${PAGE}?panel=chart&amp;embed=1" title="Batch vs Stream Lab: latency versus complexity"` +
        ` width="720" height="${embedHeight('chart')}" sandbox="allow-scripts" loading="lazy"></iframe>`,
    );
    expect(embedCode(PAGE, defaultUrlState, 'lanes')).toContain(
      `width="960" height="${embedHeight('lanes')}"`,
    );
  });

  it('writes a measured height, rounded up to whole pixels', () => {
    const src = embedUrl(PAGE, defaultUrlState, 'results');
    expect(iframeCode(src, 'results', 812.2)).toContain('width="720" height="813"');
    expect(iframeCode(src, 'results', 812.2)).toBe(
      embedCode(PAGE, defaultUrlState, 'results', 813),
    );
  });

  it('escapes the address so the snippet stays one well-formed element', () => {
    const code = embedCode('https://x.org/"><script>alert(1)</script>', defaultUrlState, 'lanes');
    expect(code).not.toContain('<script>');
    expect(code.match(/<iframe /g)).toHaveLength(1);
    expect(code).toContain('&quot;&gt;&lt;script&gt;');
  });
});
