// countingRng and createCountedReservoir give Algorithm R its draw count (for the lab's "random
// draws used" figure beside Algorithm L) without changing a single draw.
import { describe, expect, it } from 'vitest';
import { createRng } from '../core/rng';
import { createReservoir } from './reservoir';
import { countingRng, createCountedReservoir } from './countingRng';

describe('countingRng(rng)', () => {
  it('counts nextInt and nextFloat calls and passes the values through unchanged', () => {
    const plain = createRng(5);
    const counted = countingRng(createRng(5));
    expect(counted.nextInt(0, 9)).toBe(plain.nextInt(0, 9));
    expect(counted.nextFloat()).toBe(plain.nextFloat());
    expect(counted.draws()).toBe(2);
  });

  it('rejects something that is not an rng', () => {
    expect(() => countingRng(undefined as never)).toThrow(
      'invalid rng: undefined (must be an Rng from createRng)',
    );
  });
});

describe('createCountedReservoir(k, rng)', () => {
  it('samples exactly as createReservoir and draws once per item after the first k', () => {
    const plain = createReservoir<number>(4, createRng(8));
    const counted = createCountedReservoir<number>(4, createRng(8));
    for (let i = 0; i < 500; i++) expect(counted.offer(i)).toEqual(plain.offer(i));
    expect(counted.items()).toEqual(plain.items());
    expect(counted.seen()).toBe(500);
    expect(counted.draws()).toBe(496);
  });
});
