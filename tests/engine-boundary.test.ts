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
    const messages = await lintAsEngineFile(fixture('engine-breaks-boundary.ts'));
    const byRule = (rule: string) => messages.filter((m) => m.ruleId === rule).map((m) => m.line);
    expect(byRule('no-restricted-imports')).toEqual([2, 3, 4]);
    expect(byRule('no-restricted-globals').sort((a, b) => a - b)).toEqual([7, 9, 10]);
    expect(byRule('no-restricted-properties')).toEqual([8]);
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
