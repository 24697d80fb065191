import { describe, expect, it } from 'vitest';
import { elementSrc } from './src';

const BASE = 'https://lab.example.org/bsl/';

describe('elementSrc', () => {
  it('passes a scenario query on, with embed=1 last', () => {
    expect(elementSrc(BASE, { scenario: '?late=0.3&wm=30s', panel: null, theme: null })).toBe(
      `${BASE}?late=0.3&wm=30s&embed=1`,
    );
  });

  it('reads a bare word as a classroom preset', () => {
    expect(elementSrc(BASE, { scenario: 'stragglers', panel: 'stream', theme: 'dark' })).toBe(
      `${BASE}?preset=stragglers&panel=stream&theme=dark&embed=1`,
    );
  });

  it('lets the panel and theme attributes win and keeps a single embed=1', () => {
    expect(
      elementSrc(`${BASE}#top`, {
        scenario: 'panel=chart&theme=light&embed=0&seed=7',
        panel: 'batch',
        theme: 'dark',
      }),
    ).toBe(`${BASE}?panel=batch&theme=dark&seed=7&embed=1`);
  });

  it('opens the default play area with no attributes at all', () => {
    expect(elementSrc(BASE, { scenario: null, panel: null, theme: null })).toBe(`${BASE}?embed=1`);
  });

  it('encodes what it passes on, so a scenario cannot break out of the query', () => {
    const src = elementSrc(BASE, { scenario: 'x="><script>', panel: 'a b', theme: null });
    expect(src).not.toContain('<');
    expect(new URL(src).searchParams.get('panel')).toBe('a b');
  });
});
