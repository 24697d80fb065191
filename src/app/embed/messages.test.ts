import { describe, expect, it } from 'vitest';
import {
  EMBED_SOURCE,
  fromHost,
  heightMessage,
  parseHostMessage,
  stateMessage,
  targetOrigin,
} from './messages';

describe('parseHostMessage', () => {
  it('reads play, pause, seek and setScenario of version 1', () => {
    expect(parseHostMessage({ version: 1, type: 'play' })).toEqual({ type: 'play' });
    expect(parseHostMessage({ version: 1, type: 'pause', extra: 3 })).toEqual({ type: 'pause' });
    expect(parseHostMessage({ version: 1, type: 'seek', t: 45_000_000 })).toEqual({
      type: 'seek',
      t: 45_000_000,
    });
    expect(parseHostMessage({ version: 1, type: 'setScenario', query: '?late=0.3' })).toEqual({
      type: 'setScenario',
      query: '?late=0.3',
    });
    expect(
      parseHostMessage({ version: 1, type: 'setScenario', settings: { scenario: { seed: 7 } } }),
    ).toEqual({ type: 'setScenario', settings: { scenario: { seed: 7 } } });
  });

  it('drops anything of the wrong shape: not an object, no or another version, unknown type', () => {
    for (const data of [
      null,
      undefined,
      'play',
      42,
      ['play'],
      { type: 'play' },
      { version: 2, type: 'play' },
      { version: '1', type: 'play' },
      { version: 1, type: 'destroy' },
      { version: 1 },
    ])
      expect(parseHostMessage(data), JSON.stringify(data)).toBeNull();
  });

  it('drops a seek without a finite time in the timeline range', () => {
    for (const t of [undefined, '1000', NaN, Infinity, -1, 61 * 86_400_000])
      expect(parseHostMessage({ version: 1, type: 'seek', t }), String(t)).toBeNull();
  });

  it('drops a setScenario with neither a query string nor a settings object', () => {
    for (const extra of [
      {},
      { query: 5 },
      { query: 'x'.repeat(4_001) },
      { settings: 'late=0.3' },
      { settings: [1] },
      { settings: null },
      { query: 5, settings: {} },
    ])
      expect(
        parseHostMessage({ version: 1, type: 'setScenario', ...extra }),
        JSON.stringify(extra),
      ).toBeNull();
  });
});

describe('the embed messages', () => {
  it('heightMessage rounds up to whole pixels and says its source and version', () => {
    expect(heightMessage(480.2)).toEqual({
      source: EMBED_SOURCE,
      version: 1,
      type: 'height',
      height: 481,
    });
  });

  it('stateMessage carries the link query, the playhead and whether it plays', () => {
    expect(stateMessage('?late=0.3', 12, true)).toEqual({
      source: EMBED_SOURCE,
      version: 1,
      type: 'state',
      query: '?late=0.3',
      playhead: 12,
      playing: true,
    });
  });
});

describe('origins', () => {
  const parent = { name: 'parent window' };

  it('targetOrigin is the link origin, else any', () => {
    expect(targetOrigin('https://docs.example.org')).toBe('https://docs.example.org');
    expect(targetOrigin(null)).toBe('*');
  });

  it('fromHost accepts only the embedding window, and only its origin when the link names one', () => {
    const host = { parent, origin: null };
    expect(fromHost({ origin: 'https://a.org', source: parent }, host)).toBe(true);
    expect(fromHost({ origin: 'https://a.org', source: { other: true } }, host)).toBe(false);
    expect(
      fromHost({ origin: 'https://a.org', source: null }, { parent: null, origin: null }),
    ).toBe(false);
    const pinned = { parent, origin: 'https://docs.example.org' };
    expect(fromHost({ origin: 'https://docs.example.org', source: parent }, pinned)).toBe(true);
    expect(fromHost({ origin: 'https://evil.example', source: parent }, pinned)).toBe(false);
  });
});
