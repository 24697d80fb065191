// Text widths as the page draws them, for notes that must fit a corner: one offscreen canvas, the
// body's font family, bold or normal at the lane's size.
let ctx: CanvasRenderingContext2D | null | undefined;

/** Width in px of `text` at `font` px in the page's font, or a rough estimate without a canvas. */
export function textWidth(text: string, font: number, bold: boolean): number {
  if (ctx === undefined) ctx = document.createElement('canvas').getContext('2d');
  if (ctx === null) return text.length * font * 0.6;
  ctx.font = `${bold ? 'bold ' : ''}${font}px ${getComputedStyle(document.body).fontFamily}`;
  return ctx.measureText(text).width;
}
