import { describe, expect, it } from 'vitest';
import { lab } from '../../engine';
import { tableIndex, tableSteps } from './tableIndex';

const runLab = lab.runLab;

describe('tableSteps', () => {
  it('tableSteps(run), run in order, build the same index tableIndex builds at once', () => {
    const settings = { scenario: { rate: 90, lateShare: 0.3 } };
    const stepped = runLab(settings);
    const steps = tableSteps(stepped);
    for (const step of steps.slice(0, -1)) step();
    expect(steps.at(-1)!()).toBe(tableIndex(stepped));
    const direct = tableIndex(runLab(settings));
    const ix = tableIndex(stepped);
    expect(ix.rows).toEqual(direct.rows);
    expect(ix.orderIndex).toEqual(direct.orderIndex);
    expect(ix.orderSums).toEqual(direct.orderSums);
    expect(ix.lanes).toEqual(direct.lanes);
  });
});
