// `npm run bench`: runs every bench/*.bench.ts case, prints one table with throughput as a ratio
// to the bare-loop baseline from this same run, then the gzip size of the built JavaScript.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { measure, type BenchCase, type BenchResult } from './harness';
import { baseline } from './baseline.bench';
import { measureBundle } from './bundle-size';
import { browserBenchmarks } from './browser';
import { scenarios, generateOrders } from '../src/engine';

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2];

const fmt = (n: number, digits = 1) => n.toLocaleString('en-US', { maximumFractionDigits: digits });

/** A plain-text table: numbers right-aligned, text left-aligned, readable in any terminal or CI log. */
function printTable(head: string[], rows: string[][]) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = (s: string) => /^[\d,.]+$/.test(s);
  const line = (cells: string[]) =>
    cells.map((c, i) => (numeric(c) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

async function main() {
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort((a, b) =>
      a === 'baseline.bench.ts' ? -1 : b === 'baseline.bench.ts' ? 1 : a.localeCompare(b),
    );
  const cases: BenchCase<never>[] = [];
  for (const f of files) {
    const mod = (await import(pathToFileURL(join(here, f)).href)) as { cases?: BenchCase<never>[] };
    cases.push(...(mod.cases ?? []));
  }
  const chosen = cases.filter(
    (c) => c === (baseline as unknown) || !filter || c.name.includes(filter),
  );

  const results: BenchResult[] = [];
  for (const c of chosen) {
    const r = measure(c);
    results.push(r);
    process.stdout.write(`  measured ${r.name}\n`);
  }
  const base = results[0]!;
  console.log(
    '\nBenchmarks (median of 5 runs after a warm-up; ratio = throughput / baseline throughput)\n',
  );
  printTable(
    ['case', 'items', 'median ms', 'items/s', 'x baseline', 'notes'],
    results.map((r) => [
      r.name,
      fmt(r.items, 0),
      fmt(r.medianMs),
      fmt(r.perSecond, 0),
      fmt(r.perSecond / base.perSecond, 2),
      r.notes,
    ]),
  );

  const bundle = measureBundle(join(here, '..', 'dist'));
  console.log('\nBuilt JavaScript (gzip -9)');
  printTable(
    ['file', 'gzip KB', 'initial'],
    bundle.files.map((f) => [f.file, fmt(f.gzipBytes / 1024), f.initial ? 'yes' : 'no']),
  );
  console.log(
    `initial JS: ${fmt(bundle.initialGzipBytes / 1024)} KB gzip; all JS: ${fmt(bundle.totalGzipBytes / 1024)} KB gzip`,
  );

  if (process.env.BENCH_BROWSER === '0') return;
  console.log('\nIn the browser (headless Chromium, production build)');
  // The frame-rate scenario as the browser bench sets it up: 1,000 orders a minute, all late by
  // 2.5 minutes on average.
  const events = generateOrders(
    scenarios.normalizeScenario({ rate: 1000, lateShare: 1, lateDelay: { mean: 150_000 } }),
  );
  const inFlight = (clock: string) => {
    const [h, m, sec] = clock.split(':').map(Number);
    const t = ((h ?? 0) * 60 + (m ?? 0)) * 60_000 + (sec ?? 0) * 1000;
    return events.filter((e) => e.eventTime <= t && e.arrivalTime > t).length;
  };
  const { rows } = await browserBenchmarks(inFlight);
  printTable(['measure', 'figure', '', '', 'notes'], rows);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
