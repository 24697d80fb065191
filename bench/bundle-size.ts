// Gzip size of the built JavaScript: what a learner's browser downloads before the lab can start
// ("initial" = the entry script and what index.html preloads), and all chunks together.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

export interface BundleSize {
  initialGzipBytes: number;
  totalGzipBytes: number;
  files: { file: string; gzipBytes: number; initial: boolean }[];
}

/** Reads `dist/` (run `vite build` first) and gzips each JavaScript file at level 9. */
export function measureBundle(dist = 'dist'): BundleSize {
  const indexPath = join(dist, 'index.html');
  if (!existsSync(indexPath)) throw new Error(`no ${indexPath}: run "vite build" first`);
  const html = readFileSync(indexPath, 'utf8');
  const initialRefs = new Set(
    [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!),
  );
  const assets = join(dist, 'assets');
  const files = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const gzipBytes = gzipSync(readFileSync(join(assets, f)), { level: 9 }).length;
      return { file: `assets/${f}`, gzipBytes, initial: initialRefs.has(`assets/${f}`) };
    });
  const sum = (xs: { gzipBytes: number }[]) => xs.reduce((a, f) => a + f.gzipBytes, 0);
  return {
    initialGzipBytes: sum(files.filter((f) => f.initial)),
    totalGzipBytes: sum(files),
    files,
  };
}
