// Orders from several regions in files: the partition column goes out and comes back, one-region
// files stay exactly as before, and a partition that is not a whole number 0..7 is refused with
// its line number and nothing applied.
import { describe, expect, it } from 'vitest';
import { MINUTE } from '../core/time';
import type { OrderEvent } from '../core/types';
import { generateOrders } from '../events/generate';
import { importEvents, type ImportResult } from './parse';
import { eventsToCsv, eventsToJsonl } from './serialize';

const oneRegion = generateOrders({ duration: 2 * MINUTE });
const threeRegions = generateOrders({ duration: 2 * MINUTE, regions: 3 });
const HEADER = 'id,key,amount,customer,event_time,arrival_time';

function events(r: ImportResult): OrderEvent[] {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.events;
}

describe('the partition column', () => {
  it('is written only for orders from several regions', () => {
    expect(eventsToCsv(oneRegion).split('\n')[0]).toBe(HEADER);
    expect(eventsToJsonl(oneRegion)).not.toContain('partition');
    expect(eventsToCsv(threeRegions).split('\n')[0]).toBe(`${HEADER},partition`);
    expect(eventsToJsonl(threeRegions).split('\n')[0]).toMatch(/"partition":[0-2]\}$/);
  });

  it('comes back from CSV and JSON Lines as it went out', () => {
    expect(events(importEvents(eventsToCsv(threeRegions)))).toEqual(threeRegions);
    expect(events(importEvents(eventsToJsonl(threeRegions)))).toEqual(threeRegions);
    expect(events(importEvents(eventsToCsv(oneRegion)))).toEqual(oneRegion);
  });

  it('may be empty on a line: that order is in partition 0, with no field', () => {
    const text = `key,amount,event_time,arrival_time,partition\np1,100,0,0,\np1,100,1,1,2\n`;
    const read = events(importEvents(text));
    expect(read.map((e) => e.partition)).toEqual([undefined, 2]);
    expect('partition' in read[0]!).toBe(false);
  });

  it.each([
    ['1.5', 'partition 1.5 is not a whole number (partitions are numbered 0, 1, 2, …)'],
    ['east', 'partition "east" is not a number'],
    ['-1', 'partition -1 is negative'],
    [
      '8',
      'partition 8 is out of range: the lab reads partitions 0 to 7 (one per region, 8 at most)',
    ],
  ])('refuses partition %s with its line number, applying nothing', (value, message) => {
    const text = `key,amount,event_time,arrival_time,partition\np1,100,0,0,0\np1,100,1,1,${value}\n`;
    const r = importEvents(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([{ line: 3, message }]);
    expect(r.errorCount).toBe(1);
  });

  it('refuses a JSON partition that is not a whole number the same way', () => {
    const r = importEvents(
      '{"key":"p1","amount":1,"event_time":0,"arrival_time":0,"partition":0.5}\n',
    );
    expect(r.ok ? [] : r.errors).toEqual([
      {
        line: 1,
        message: 'partition 0.5 is not a whole number (partitions are numbered 0, 1, 2, …)',
      },
    ]);
  });
});
