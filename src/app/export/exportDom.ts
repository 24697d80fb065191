// The DOM side of the export buttons: it reads the chart's or a lane's layers as they are on
// screen (SVG with the stylesheet's look copied into presentation attributes, canvases as PNG
// snapshots), hands them to pictureSvg, and saves the file; PNG rasterises that SVG at 2x.
import type { Scheduler } from '../../store/scheduler';
import { saveBlob } from '../../views/data/download';
import { exportName, pictureSvg, type Layer } from './serialize';

export { saveBlob };

/** Computed styles copied onto each SVG node, so the file looks as the page did. */
const PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
];
const HEADER = 44;

/** The content of an on-screen <svg>, styles inlined as presentation attributes. */
function svgContent(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [clone, ...clone.querySelectorAll('*')];
  from.forEach((el, i) => {
    const style = getComputedStyle(el);
    for (const p of PROPS) {
      const value = style.getPropertyValue(p);
      if (value) to[i]!.setAttribute(p, value);
    }
  });
  const serializer = new XMLSerializer();
  const viewBox = svg.getAttribute('viewBox');
  const inner = [...clone.childNodes].map((n) => serializer.serializeToString(n)).join('');
  if (!viewBox) return inner;
  // A scaled drawing (the chart) keeps its scale inside a nested <svg>.
  const box = svg.getBoundingClientRect();
  return `<svg width="${box.width}" height="${box.height}" viewBox="${viewBox}" preserveAspectRatio="${svg.getAttribute('preserveAspectRatio') ?? 'xMidYMid meet'}">${inner}</svg>`;
}

/** The lane's name, and its status line under it in smaller type (a narrow lane cuts it less). */
function title(name: string, status: string, colour: string): Layer {
  const safe = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const font = 'font-family="system-ui, sans-serif"';
  return {
    kind: 'svg',
    markup:
      `<text x="8" y="18" ${font} font-size="14" font-weight="600" fill="${colour}">${safe(name)}</text>` +
      `<text x="8" y="36" ${font} font-size="11" fill="${colour}">${safe(status)}</text>`,
  };
}

export interface Picture {
  svg: string;
  width: number;
  height: number;
  name: string;
}

/** The lane's plot (axes, moving marks, semantic marks) under its name and status line. */
export function lanePicture(lane: string): Picture | null {
  const panel = document.querySelector<HTMLElement>(`.lane-panel[data-lane="${lane}"]`);
  const plot = panel?.querySelector<HTMLElement>('.lane-plot');
  if (!panel || !plot) return null;
  const style = getComputedStyle(panel);
  const { width, height } = plot.getBoundingClientRect();
  const name = panel.querySelector('.lane-name')?.textContent?.trim() ?? lane;
  const status = panel.querySelector('.lane-status')?.textContent?.trim() ?? '';
  const layers: Layer[] = [title(name, status, style.color)];
  for (const child of plot.children) {
    if (child instanceof SVGSVGElement)
      layers.push({ kind: 'svg', markup: svgContent(child), y: HEADER });
    else if (child instanceof HTMLCanvasElement)
      layers.push({ kind: 'image', href: child.toDataURL('image/png'), width, height, y: HEADER });
  }
  const label = `${name.split(' ')[0]} lane`;
  return {
    svg: pictureSvg(layers, {
      width,
      height: height + HEADER,
      title: `Batch vs Stream Lab: ${label}`,
      background: style.backgroundColor,
    }),
    width,
    height: height + HEADER,
    name: `${label}`,
  };
}

/** The latency-versus-complexity chart's drawing. */
export function chartPicture(): Picture | null {
  const svg = document.querySelector<SVGSVGElement>('[data-testid="latency-chart"] svg');
  if (!svg) return null;
  const { width, height } = svg.getBoundingClientRect();
  const page = getComputedStyle(document.body).backgroundColor;
  return {
    svg: pictureSvg([{ kind: 'svg', markup: svgContent(svg) }], {
      width,
      height,
      title: 'Batch vs Stream Lab: latency versus complexity',
      background: page,
    }),
    width,
    height,
    name: 'chart',
  };
}

export function saveSvg(p: Picture, scheduler: Scheduler): void {
  saveBlob(exportName(p.name, 'svg'), new Blob([p.svg], { type: 'image/svg+xml' }), scheduler);
}

/**
 * Rasterises the picture at twice its size and saves it as PNG. It loads the SVG as an image
 * from a blob: URL, which a page whose CSP has no `img-src blob:` refuses (docs/classroom.md: Export).
 */
export async function savePng(p: Picture, scheduler: Scheduler): Promise<void> {
  const url = URL.createObjectURL(new Blob([p.svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(p.width * 2);
    canvas.height = Math.round(p.height * 2);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the canvas gave no PNG');
    saveBlob(exportName(p.name, 'png'), blob, scheduler);
  } finally {
    URL.revokeObjectURL(url);
  }
}
