// The README is a newcomer's map, the manual lives in docs/: keep the README short, keep every
// relative link (and its #anchor) pointing at something that exists, and keep the folder map in
// step with the tree, so neither can drift without a failing test.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const README = join(ROOT, 'README.md');
const DOCS = join(ROOT, 'docs');
const MAX_README_BYTES = 12 * 1024;

const read = (file: string) => readFileSync(file, 'utf8');
const markdownFiles = () => [
  README,
  ...readdirSync(DOCS)
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(DOCS, f)),
];

/** The text outside fenced code blocks and inline code, where a link is a link. */
function prose(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsOf(file: string): Set<string> {
  const headings = read(file)
    .replace(/^```[\s\S]*?^```/gm, '')
    .split('\n')
    .filter((line) => /^#{1,6} /.test(line))
    .map((line) => slug(line.replace(/^#+ /, '')));
  return new Set(headings);
}

/** Every relative link target in a Markdown file (web links and mail are left out). */
function relativeLinks(file: string): string[] {
  const targets = [...prose(read(file)).matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map(
    (m) => m[1]!,
  );
  return targets.filter((t) => !/^[a-z][a-z0-9+.-]*:/i.test(t));
}

/** The README's folder map: each folder it names, as a path from the repository root. */
export function folderMapPaths(readme: string): string[] {
  const start = readme.indexOf('## Folder map');
  if (start < 0) throw new Error('the README has no "## Folder map" section');
  const rest = readme.slice(start + 1);
  const section = rest.slice(0, rest.search(/^## /m) === -1 ? undefined : rest.search(/^## /m));
  // One entry per list item, its wrapped continuation lines joined to it.
  const items: string[] = [];
  for (const line of section.split('\n')) {
    if (/^ *- /.test(line)) items.push(line);
    else if (/^ +\S/.test(line) && items.length > 0) items[items.length - 1] += ` ${line.trim()}`;
  }
  const paths: string[] = [];
  let parent = '';
  for (const line of items) {
    const item = /^( *)- `([^`]+\/)`(.*)$/.exec(line);
    if (!item) continue;
    const [, indent, folder, text] = item;
    const path = indent!.length > 0 ? parent + folder! : folder!;
    if (indent!.length === 0) parent = folder!;
    paths.push(path);
    // Sub-folders listed inline, as the views' panels are: `chart/`, `code/`, ...
    for (const m of text!.matchAll(/`([\w.-]+\/)`/g)) paths.push(path + m[1]!);
  }
  return paths;
}

/** Directories under src/, down to `depth` levels (src/engine is depth 1). */
function sourceDirs(depth: number, dir = join(ROOT, 'src'), level = 1): string[] {
  if (level > depth) return [];
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isDirectory())
    .flatMap((path) => [
      `${relative(ROOT, path).split('\\').join('/')}/`,
      ...sourceDirs(depth, path, level + 1),
    ]);
}

describe('README.md', () => {
  it(`is at most ${MAX_README_BYTES} bytes: the manual lives in docs/`, () => {
    expect(statSync(README).size).toBeLessThanOrEqual(MAX_README_BYTES);
  });

  it('links to every page in docs/', () => {
    const linked = new Set(relativeLinks(README).map((t) => t.split('#')[0]));
    for (const page of readdirSync(DOCS).filter((f) => f.endsWith('.md')))
      expect(linked, page).toContain(`docs/${page}`);
  });

  it('names in its folder map only folders that exist', () => {
    const paths = folderMapPaths(read(README));
    expect(paths.length).toBeGreaterThan(20);
    for (const path of paths) expect(existsSync(join(ROOT, path)), path).toBe(true);
  });

  it('names in its folder map every folder under src/, two levels deep', () => {
    const named = new Set(folderMapPaths(read(README)));
    for (const dir of sourceDirs(2)) expect(named, dir).toContain(dir);
  });
});

describe('relative links in README.md and docs/*.md', () => {
  it('point at files that exist, and at headings that exist', () => {
    let checked = 0;
    for (const file of markdownFiles()) {
      for (const target of relativeLinks(file)) {
        const [path, anchor] = target.split('#') as [string, string | undefined];
        const resolved = path === '' ? file : join(dirname(file), decodeURIComponent(path));
        const where = `${relative(ROOT, file)} -> ${target}`;
        expect(existsSync(resolved), where).toBe(true);
        if (anchor !== undefined && resolved.endsWith('.md'))
          expect(anchorsOf(resolved), where).toContain(anchor);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});

describe('slug and folderMapPaths', () => {
  it('slug("The `<batch-stream-lab>` element") is GitHub\'s anchor for it', () => {
    expect(slug('The `<batch-stream-lab>` element')).toBe('the-batch-stream-lab-element');
    expect(slug("The engine's rules, and where they come from")).toBe(
      'the-engines-rules-and-where-they-come-from',
    );
  });

  it('folderMapPaths reads nested and inline sub-folders under their parent', () => {
    const map = [
      '## Folder map',
      '',
      '- `src/a/` the a part',
      '  - `b/`: the b part',
      '- `src/c/`: panels `d/`,',
      '  `e/`',
      '',
      '## Next',
      '- `src/ignored/`',
    ].join('\n');
    expect(folderMapPaths(map)).toEqual(['src/a/', 'src/a/b/', 'src/c/', 'src/c/d/', 'src/c/e/']);
  });
});
