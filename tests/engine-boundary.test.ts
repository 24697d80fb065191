import { ESLint } from 'eslint';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Lint the fixtures as if they lived in src/engine, with the project's own config.
const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');

async function lintAsEngineFile(source: string) {
  const eslint = new ESLint({ cwd: fileURLToPath(new URL('..', import.meta.url)) });
  const [result] = await eslint.lintText(source, { filePath: 'src/engine/core/fixture.ts' });
  return result!.messages;
}

describe('engine boundary lint rule', () => {
  it('rejects UI imports, store imports, Date, Math.random, timers and performance in src/engine', async () => {
    const source = fixture('engine-breaks-boundary.ts');
    const messages = await lintAsEngineFile(source);
    // Expected lines are found by content, so reformatting the fixture cannot break the test.
    const linesWith = (needle: string) =>
      source.split('\n').flatMap((text, i) => (text.includes(needle) ? [i + 1] : []));
    const byRule = (rule: string) =>
      messages
        .filter((m) => m.ruleId === rule)
        .map((m) => m.line)
        .sort((a, b) => a - b);
    expect(byRule('no-restricted-imports')).toEqual(
      [...linesWith("from 'react'"), ...linesWith("from 'zustand'"), ...linesWith('/store/')].sort(
        (a, b) => a - b,
      ),
    );
    expect(byRule('no-restricted-globals')).toEqual(
      [...linesWith('Date.now'), ...linesWith('setTimeout'), ...linesWith('performance.now')].sort(
        (a, b) => a - b,
      ),
    );
    expect(byRule('no-restricted-properties')).toEqual(linesWith('Math.random'));
    expect(messages).toHaveLength(7);
    expect(messages.every((m) => m.severity === 2)).toBe(true);
  });

  it('accepts an engine file that takes time and randomness as arguments', async () => {
    const messages = await lintAsEngineFile(fixture('engine-respects-boundary.ts'));
    expect(messages).toEqual([]);
  });

  it('does not apply the engine rule outside src/engine', async () => {
    const eslint = new ESLint({ cwd: fileURLToPath(new URL('..', import.meta.url)) });
    const [result] = await eslint.lintText('export const now = () => Date.now();\n', {
      filePath: 'src/store/clock.ts',
    });
    expect(result!.messages).toEqual([]);
  });
});
