// Invariants of createReservoir for any k, stream length and seed: size min(k, n), distinct
// items drawn from the stream, slots in [0, k), seen() counting every offer.
import { describe, it } from 'vitest';
import { createReservoir } from './reservoir';
import { expectReservoirContract } from '../testing/reservoirContract';

describe('createReservoir (properties)', () => {
  it('keeps min(k, n) distinct stream items, in slots within [0, k), and counts every offer', () => {
    expectReservoirContract((k, rng) => createReservoir<number>(k, rng));
  });
});
