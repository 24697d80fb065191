import { describe, expect, it } from 'vitest';
import { createLabStore } from '../../store/labStore';
import { resultsAt } from '../../views/results/model';
import { csvField, exportName, pictureSvg, resultsCsv } from './serialize';

describe('csvField', () => {
  it('quotes only fields with commas, quotes, line breaks or edge spaces', () => {
    expect(csvField('Laptop')).toBe('Laptop');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(' pad')).toBe('" pad"');
  });
});

describe('resultsCsv', () => {
  const lab = createLabStore();
  const { run, warp } = lab.getState();

  it('writes a header, then one line per product and window with each lane and its state', () => {
    const { rows } = resultsAt(run, warp.to);
    const csv = resultsCsv(rows, warp.to);
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'at,window_start,window_end,key,truth,truth_orders,batch,batch_state,microbatch,microbatch_state,stream,stream_state,request,request_state',
    );
    expect(lines).toHaveLength(rows.length + 1);
    expect(csv.endsWith('\n')).toBe(true);
    const first = lines[1]!.split(',');
    expect(first).toHaveLength(14);
    expect(first[3]).toBe(rows[0]!.key);
    expect(Number(first[4])).toBe(rows[0]!.truth);
    // At the end of the timeline the per-request query has read everything: it matches the truth.
    expect(first[12]).toBe(String(rows[0]!.truth));
    expect(first[13]).toBe('match');
  });

  it('leaves a lane empty and pending where it has shown nothing yet', () => {
    const { rows } = resultsAt(run, warp.from);
    const line = resultsCsv(rows, warp.from).split('\n')[1]!.split(',');
    expect(line[6]).toBe('');
    expect(line[7]).toBe('pending');
    expect(line[0]).toBe('1970-01-01T12:00:00.000Z');
  });
});

describe('pictureSvg', () => {
  it('stacks the layers in order on a background, under an escaped title', () => {
    const svg = pictureSvg(
      [
        { kind: 'svg', markup: '<line x1="0" y1="0" x2="10" y2="10"/>' },
        { kind: 'image', href: 'data:image/png;base64,AAA=', width: 100, height: 50, y: 24 },
        { kind: 'svg', markup: '<circle r="3"/>', x: 2.345 },
      ],
      { width: 100, height: 74, title: 'Stream lane <12:05> & co', background: '#ffffff' },
    );
    expect(
      svg.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="100" height="74" viewBox="0 0 100 74"',
      ),
    ).toBe(true);
    expect(svg).toContain('<title>Stream lane &lt;12:05&gt; &amp; co</title>');
    const line = svg.indexOf('<line');
    const image = svg.indexOf(
      '<image transform="translate(0 24)" width="100" height="50" href="data:image/png;base64,AAA="/>',
    );
    const circle = svg.indexOf('<g transform="translate(2.35 0)"><circle');
    expect(line).toBeGreaterThan(svg.indexOf('<rect width="100%" height="100%" fill="#ffffff"/>'));
    expect(image).toBeGreaterThan(line);
    expect(circle).toBeGreaterThan(image);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });
});

describe('exportName', () => {
  it('makes a lower-case, dash-separated file name', () => {
    expect(exportName('Micro-batch lane', 'png')).toBe('batch-stream-lab-micro-batch-lane.png');
    expect(exportName('Results', 'csv')).toBe('batch-stream-lab-results.csv');
  });
});
