// The setup that makes every test assert something (tests/setup/every-test-asserts.ts) must bite:
// run a test whose only expect sits in a loop over nothing, with the project's config, and
// require vitest to fail it for making no assertion.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

it('a test that makes no assertion fails under the project setup', () => {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const run = spawnSync(
    process.execPath,
    [
      'node_modules/vitest/vitest.mjs',
      'run',
      '--config',
      'tests/fixtures/asserts-nothing.config.ts',
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } },
  );
  const output = run.stdout + run.stderr;
  expect(run.status, output).not.toBe(0);
  expect(output).toMatch(/expected any number of assertion, but got none/);
  expect(output).toMatch(/1 failed/);
});
