// Properties of the link codec: any valid lab state survives formatLabUrl → parseLabUrl exactly,
// no query string at all (random, hostile, huge, repeated) makes parseLabUrl throw or hand the
// lab settings the engine would refuse, and of 500 damaged links every parameter is either
// applied exactly as written or named in the notice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lab, time } from '../../engine';
import { linkArb, queryArb, stateArb } from '../../../tests/fuzz/links';
import { formatLabUrl, parseLabUrl, VIEW_PARAMS } from './codec';
import { SETTING_PARAMS } from './params';
import { shown } from './settle';

describe('formatLabUrl then parseLabUrl', () => {
  it('restores any valid state exactly, with nothing ignored', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const { state: back, ignored } = parseLabUrl(formatLabUrl(state));
        expect(ignored).toEqual([]);
        expect(back).toEqual(state);
      }),
      { numRuns: 400 },
    );
  });
});

describe('parseLabUrl on hostile query strings', () => {
  it('never throws, always yields settings the engine accepts, and names what it ignored', () => {
    fc.assert(
      fc.property(queryArb, (query) => {
        const { state, ignored } = parseLabUrl(query);
        expect(lab.normalizeLabSettings(state.settings)).toEqual(state.settings);
        const s = state.settings.scenario;
        expect((s.rate * s.duration) / time.MINUTE).toBeLessThanOrEqual(lab.MAX_LINK_ORDERS);
        for (const i of ignored) {
          expect(i.param.length).toBeLessThanOrEqual(61);
          expect(i.value.length).toBeLessThanOrEqual(61);
          expect(i.reason.length).toBeGreaterThan(0);
        }
        // Whatever was not ignored reads back the same.
        expect(parseLabUrl(formatLabUrl(state)).state).toEqual(state);
      }),
      { numRuns: 600 },
    );
  });
});

const SETTINGS_BY_KEY = new Map(SETTING_PARAMS.map((p) => [p.key, p]));
const VIEW_BY_KEY = new Map(VIEW_PARAMS.map((p) => [p.key, p]));

describe('500 generated links (valid links damaged up to six times)', () => {
  it('each parameter is applied exactly as written or named in the notice, and nothing else is named', () => {
    fc.assert(
      fc.property(linkArb, (query) => {
        const { state, ignored } = parseLabUrl(query);
        expect(lab.normalizeLabSettings(state.settings)).toEqual(state.settings);
        const named = ignored.map((i) => i.param);
        const seen = new Set<string>();
        for (const [rawKey, rawValue] of new URLSearchParams(query)) {
          const key = rawKey.trim();
          const value = rawValue.trim();
          if (seen.has(key)) {
            expect(ignored).toContainEqual(
              expect.objectContaining({
                param: shown(key),
                reason: expect.stringMatching(/^repeated/),
              }),
            );
            continue;
          }
          seen.add(key);
          const setting = SETTINGS_BY_KEY.get(key);
          const view = VIEW_BY_KEY.get(key);
          const codec = setting?.codec ?? view?.codec;
          const read = codec?.read(value);
          if (!codec || !read?.ok) {
            expect(named, `${key}=${value}`).toContain(shown(key));
            continue;
          }
          // Refused by a rule across parameters (a slide with tumbling windows), and said so.
          if (named.includes(key)) continue;
          const held = setting ? setting.get(state.settings) : view!.get(state);
          expect(held, `${key}=${value} was neither applied nor named`).not.toBeUndefined();
          expect(codec.write(held), `${key}=${value}`).toBe(codec.write(read.value));
        }
        const given = new Set([...seen].map(shown));
        for (const n of named)
          expect(given, `named ${n}, which the link does not hold`).toContain(n);
      }),
      { numRuns: 500 },
    );
  });
});
