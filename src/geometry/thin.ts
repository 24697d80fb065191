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

/**
 * Which kinds of mark (one bit each) every pixel of a canvas already holds. A mark snapped to a
 * pixel paints the same pixels as an earlier one of its kind there, so a canvas drawing
 * thousands of overlapping marks draws each (pixel, kind) once.
 */
export class PixelMarks {
  private readonly bits: Uint8Array;

  constructor(
    readonly columns: number,
    readonly rows: number,
  ) {
    this.bits = new Uint8Array(Math.max(0, columns * rows));
  }

  /**
   * Whether a mark of kind `bit` (a power of two below 256) at pixel (x, y) adds anything; when
   * it does and `keep` is set, the pixel remembers it. Off the grid a mark always adds.
   */
  fresh(x: number, y: number, bit: number, keep: boolean): boolean {
    if (!(x >= 0 && y >= 0 && x < this.columns && y < this.rows)) return true;
    const cell = y * this.columns + x;
    const seen = this.bits[cell]!;
    if ((seen & bit) !== 0) return false;
    if (keep) this.bits[cell] = seen | bit;
    return true;
  }

  clear(): void {
    this.bits.fill(0);
  }
}
