import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3-scale';
import { headLabels, partitionSegments } from './partitions';

// watermarkPath's staircase goes down, then across, at every corner (the last one repeats).
// Event time 0-100 across 0-100 px, processing time 0-100 down 0-100 px: paths read as numbers.
const x = scaleLinear().domain([0, 100]).range([0, 100]);
const y = (t: number) => t;

describe('partitionSegments', () => {
  it('draws an always-active partition as one staircase running on to `until`', () => {
    const marks = { at: [10, 20], value: [5, 15], idle: [0, 0] };
    expect(partitionSegments(marks, x, y, 50)).toEqual([
      { d: 'M5,10L5,20L15,20L15,50L15,50', idle: false },
    ]);
  });

  it('cuts the staircase where the partition goes idle and where it comes back', () => {
    const marks = { at: [10, 30, 60], value: [5, 5, 40], idle: [0, 1, 0] };
    expect(partitionSegments(marks, x, y, 90)).toEqual([
      // Active until it goes idle at 30...
      { d: 'M5,10L5,30L5,30', idle: false },
      // ...idle (its watermark stands still) until it sends again at 60...
      { d: 'M5,30L5,60L5,60', idle: true },
      // ...then steps across from where it stood to its new watermark.
      { d: 'M5,60L5,60L40,60L40,90L40,90', idle: false },
    ]);
  });

  it('draws nothing for a partition without marks', () => {
    expect(partitionSegments({ at: [], value: [], idle: [] }, x, y, 90)).toEqual([]);
  });
});

describe('headLabels', () => {
  it('names regions whose lines end close together in one label, in region order', () => {
    const heads = [
      { partition: 1, x: 200, idle: false },
      { partition: 0, x: 210, idle: false },
      { partition: 2, x: 100, idle: false },
    ];
    expect(headLabels(heads, 40, 400, 10)).toEqual([
      { text: 'region 3', x: 97, align: 'left', row: 0 },
      { text: 'regions 1, 2', x: 197, align: 'left', row: 0 },
    ]);
  });

  it('keeps an idle region apart from active ones at the same place, a row further down', () => {
    const heads = [
      { partition: 0, x: 100, idle: false },
      { partition: 2, x: 105, idle: true },
    ];
    expect(headLabels(heads, 40, 400, 10)).toEqual([
      { text: 'region 1', x: 97, align: 'left', row: 0 },
      { text: 'region 3 idle', x: 102, align: 'left', row: 1 },
    ]);
  });

  it('ends a label at its heads when running right would leave the plot', () => {
    // 'region 2' is 8 characters, 48 px at 10 px: from 390 it would end past 400.
    expect(headLabels([{ partition: 1, x: 390, idle: false }], 40, 400, 10)).toEqual([
      { text: 'region 2', x: 393, align: 'right', row: 0 },
    ]);
  });
});
