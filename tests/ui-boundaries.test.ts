import { ESLint } from 'eslint';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Lint the fixtures as if they lived in src/views or src/app, with the project's own config: the
// rules that keep time in the lab store's scheduler, views apart from the app and selectors at
// module scope must bite.
const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');

async function lintAs(filePath: string, source: string) {
  const eslint = new ESLint({ cwd: fileURLToPath(new URL('..', import.meta.url)) });
  const [result] = await eslint.lintText(source, { filePath });
  return result!.messages;
}

/** Line numbers of `source` whose text contains `needle`, so reformatting cannot break a test. */
const linesWith = (source: string, needle: string) =>
  source.split('\n').flatMap((text, i) => (text.includes(needle) ? [i + 1] : []));

const byRule = (messages: ESLint.LintResult['messages'], rule: string) =>
  messages
    .filter((m) => m.ruleId === rule)
    .map((m) => m.line)
    .sort((a, b) => a - b);

const sorted = (...lines: number[][]) => lines.flat().sort((a, b) => a - b);

describe('no timers in views or the app', () => {
  const source = fixture('ui-starts-timers.ts');

  for (const filePath of ['src/views/lanes/fixture.tsx', 'src/app/url/fixture.ts']) {
    it(`rejects setTimeout, setInterval, requestAnimationFrame and performance.now in ${filePath}`, async () => {
      const messages = await lintAs(filePath, source);
      expect(byRule(messages, 'no-restricted-globals')).toEqual(
        sorted(
          linesWith(source, '= setTimeout'),
          linesWith(source, '= setInterval'),
          linesWith(source, '= requestAnimationFrame'),
        ),
      );
      // performance.now() twice on one line: `performance.now` and `window.performance.now`.
      expect(byRule(messages, 'no-restricted-syntax')).toEqual(
        sorted(
          linesWith(source, 'window.setTimeout'),
          linesWith(source, 'win.requestAnimationFrame'),
          linesWith(source, '= performance.now'),
          linesWith(source, 'window.performance.now'),
        ),
      );
      expect(messages).toHaveLength(7);
      expect(messages.every((m) => m.severity === 2)).toBe(true);
      expect(messages[0]!.message).toMatch(/lab store's scheduler/);
    });
  }

  it("accepts a view that waits and reads the clock through the store's scheduler", async () => {
    expect(await lintAs('src/views/lanes/fixture.ts', fixture('ui-uses-scheduler.ts'))).toEqual([]);
  });

  it('leaves the store, which owns the scheduler, free to call the browser', async () => {
    expect(await lintAs('src/store/fixture.ts', source)).toEqual([]);
  });
});

describe('views never import the app', () => {
  const source = fixture('view-imports-app.ts');

  it('rejects every import of src/app in src/views, types included', async () => {
    const messages = await lintAs('src/views/data/fixture.tsx', source);
    expect(byRule(messages, 'no-restricted-imports')).toEqual(
      sorted(linesWith(source, "from '../../app")),
    );
    expect(messages).toHaveLength(3);
    expect(messages.every((m) => m.severity === 2)).toBe(true);
  });

  it('lets the app import itself and the views', async () => {
    expect(await lintAs('src/app/stage/fixture.tsx', source)).toEqual([]);
  });
});

describe("the engine's namespaces are used member by member", () => {
  const source = fixture('destructures-namespace.ts');

  for (const filePath of [
    'src/views/lanes/fixture.ts',
    'src/app/url/fixture.ts',
    'src/store/fixture.ts',
    'bench/fixture.ts',
  ]) {
    it(`rejects destructuring lab or metrics in ${filePath}, and nothing else`, async () => {
      const messages = await lintAs(filePath, source);
      expect(byRule(messages, 'no-restricted-syntax')).toEqual(
        sorted(linesWith(source, '} = lab;'), linesWith(source, '} = metrics;')),
      );
      expect(messages).toHaveLength(2);
      expect(messages[0]!.message).toMatch(/keep every member/);
    });
  }
});

describe('views and the app pass useLab named selectors', () => {
  const source = fixture('ui-inline-selectors.ts');

  for (const filePath of ['src/views/controls/fixture.tsx', 'src/app/stage/fixture.ts']) {
    it(`rejects an inline selector, bare or in useShallow, in ${filePath}`, async () => {
      const messages = await lintAs(filePath, source);
      expect(byRule(messages, 'no-restricted-syntax')).toEqual(
        sorted(
          linesWith(source, 'useLab((s) =>'),
          linesWith(source, 'useLab(useShallow((s) =>'),
          linesWith(source, 'useLab(function'),
        ),
      );
      expect(messages).toHaveLength(3);
      expect(messages.every((m) => m.severity === 2)).toBe(true);
      expect(messages[0]!.message).toMatch(/named selector from src\/store\/selectors\.ts/);
    });
  }

  it('leaves the store, whose tests build selectors freely, alone', async () => {
    expect(await lintAs('src/store/fixture.ts', source)).toEqual([]);
  });
});
