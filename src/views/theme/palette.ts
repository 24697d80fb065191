// The lab's colours, built on the Okabe-Ito colour-blind-safe set. Each theme has its own shade of
// each hue so marks keep >= 3:1 contrast and text >= 4.5:1 against that theme's panel (WCAG 2.2
// 1.4.11 and 1.4.3); palette.test.ts checks every pair. Colour never carries meaning alone: every
// category also has a shape (see `markShape`).

export type ThemeName = 'light' | 'dark';
export type Lane = 'batch' | 'microbatch' | 'stream' | 'request';
export type Timing = 'early' | 'on-time' | 'late';

export interface Palette {
  panel: string;
  text: string;
  muted: string;
  grid: string;
  lane: Record<Lane, string>;
  onTimeOrder: string;
  lateOrder: string;
  dropped: string;
  timing: Record<Timing, string>;
  watermark: string;
  truth: string;
}

export const palettes: Record<ThemeName, Palette> = {
  light: {
    panel: '#ffffff',
    text: '#1b1f24',
    muted: '#4a5360',
    grid: '#8a94a3',
    lane: { batch: '#0067a5', microbatch: '#00775a', stream: '#b34700', request: '#a1478a' },
    onTimeOrder: '#0067a5',
    lateOrder: '#b34700',
    dropped: '#b00020',
    timing: { early: '#6b5a00', 'on-time': '#00775a', late: '#b34700' },
    watermark: '#7a3fb0',
    truth: '#1b1f24',
  },
  dark: {
    panel: '#1b2129',
    text: '#e8ecf1',
    muted: '#aab4c0',
    grid: '#6f7b8a',
    lane: { batch: '#56b4e9', microbatch: '#2fc59b', stream: '#f08a3c', request: '#e08ccb' },
    onTimeOrder: '#56b4e9',
    lateOrder: '#f08a3c',
    dropped: '#ff6b7a',
    timing: { early: '#f0e442', 'on-time': '#2fc59b', late: '#f08a3c' },
    watermark: '#c49bff',
    truth: '#e8ecf1',
  },
};

/** Shapes that tell categories apart without colour. */
export type Shape = 'circle' | 'triangle' | 'square' | 'diamond' | 'cross';

export const markShape = {
  onTimeOrder: 'circle',
  lateOrder: 'triangle',
  dropped: 'cross',
  early: 'diamond',
  'on-time': 'square',
  late: 'triangle',
} as const satisfies Record<string, Shape>;

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const n = parseInt(m[1]!, 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return (
    0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
  );
}

/** WCAG contrast ratio between two #rrggbb colours (1..21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Presenter mode's palette: axes, grid and labels drawn in full text contrast, because a
 * projector washes out mid-greys. Hues are unchanged, so the legend still matches.
 */
export function presenterPalette(p: Palette): Palette {
  return { ...p, muted: p.text, grid: p.muted };
}
