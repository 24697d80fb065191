// 1,000 generated postMessage payloads: the embed heeds exactly the messages its API documents,
// and any other payload leaves the lab untouched (the very same state, not even a pause).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLabStore } from '../../store/labStore';
import { payloadArb, validHostMessage } from '../../../tests/fuzz/messages';
import { handleHostData } from './apply';
import { parseHostMessage } from './messages';

describe('1,000 generated payloads posted to an embed', () => {
  it('only documented messages are read; every other payload changes nothing', () => {
    const lab = createLabStore();
    let started = 0;
    const onStart = () => started++;
    let heeded = 0;
    let ignored = 0;
    fc.assert(
      fc.property(payloadArb, (data) => {
        const valid = validHostMessage(data);
        expect(parseHostMessage(data) !== null, fc.stringify(data)).toBe(valid);
        if (valid) {
          heeded++;
          return;
        }
        ignored++;
        const before = lab.getState();
        expect(handleHostData(lab, data, onStart)).toBe(false);
        expect(lab.getState()).toBe(before);
        expect(started).toBe(0);
      }),
      { numRuns: 1000 },
    );
    // Both kinds were generated in numbers, so neither half of the check ran empty.
    expect(heeded).toBeGreaterThan(50);
    expect(ignored).toBeGreaterThan(500);
  });

  it('a documented message is carried out: seek moves the playhead, setScenario the settings', () => {
    const lab = createLabStore();
    const from = lab.getState().playhead;
    expect(handleHostData(lab, { version: 1, type: 'seek', t: from + 60_000 }, () => {})).toBe(
      true,
    );
    expect(lab.getState().playhead).toBe(from + 60_000);
    handleHostData(lab, { version: 1, type: 'setScenario', query: '?late=0.3' }, () => {});
    expect(lab.getState().settings.scenario.lateShare).toBe(0.3);
  });
});
