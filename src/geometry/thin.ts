// Marks that would land on top of each other add nothing but DOM: a week of micro-batches writes
// tens of thousands of rows into a lane a few hundred pixels tall. Keep one mark per cell of the
// screen, the latest, so the picture is the same and the page stays light.

/**
 * The items to draw: of those whose positions fall in the same `cell`-pixel square, only the
 * last (in the given order, which is time order for the lanes) is kept. Order is preserved.
 */
export function thinByCell<T>(
  items: readonly T[],
  position: (item: T) => { x: number; y: number },
  cell: number,
): T[] {
  if (!(cell > 0) || items.length < 2) return [...items];
  const lastIn = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    const p = position(items[i]!);
    lastIn.set(`${Math.floor(p.x / cell)}:${Math.floor(p.y / cell)}`, i);
  }
  if (lastIn.size === items.length) return [...items];
  const keep = [...lastIn.values()].sort((a, b) => a - b);
  return keep.map((i) => items[i]!);
}
