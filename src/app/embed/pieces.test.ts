import { describe, expect, it } from 'vitest';
import { embedHeight, embedPiece, embedTitle } from './pieces';

describe('embedPiece', () => {
  it('shows the lane, chart, results or sampling a link names', () => {
    for (const panel of ['stream', 'microbatch', 'batch', 'chart', 'results', 'sampling'] as const)
      expect(embedPiece(panel)).toBe(panel);
  });

  it('shows the play area for no panel, the lanes, and regions that make no sense alone', () => {
    for (const panel of [null, 'lanes', 'controls', 'explain', 'learn'] as const)
      expect(embedPiece(panel)).toBe('lanes');
  });
});

describe('embedTitle and embedHeight', () => {
  it('name the piece after the lab and give it a positive height', () => {
    expect(embedTitle('microbatch')).toBe('Batch vs Stream Lab: the micro-batch lane');
    expect(embedTitle('lanes')).toBe('Batch vs Stream Lab: four pipelines on the same orders');
    expect(embedHeight('chart')).toBeGreaterThan(0);
  });
});
