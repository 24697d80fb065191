// Test support for the code export: settings variants built from the lab's defaults, and a check
// that a Python snippet parses with the real python3. A machine without python3 fails the check
// loudly (CI installs it): a parse test that quietly skips proves nothing.
import { spawnSync } from 'node:child_process';
import { normalizeLabSettings, type LabSettings, type LabSettingsInput } from '../lab/settings';

/** The lab's defaults with `patch` applied (sections merged one level deep). */
export function settingsWith(patch: LabSettingsInput = {}): LabSettings {
  const d = normalizeLabSettings();
  return normalizeLabSettings({
    scenario: { ...d.scenario, ...patch.scenario },
    window: patch.window ?? d.window,
    stream: { ...d.stream, ...patch.stream },
    microBatch: { ...d.microBatch, ...patch.microBatch },
    batch: { ...d.batch, ...patch.batch },
  });
}

/**
 * Null when python3's `ast.parse` accepts `code`, else its SyntaxError text. Throws when python3
 * cannot be run at all.
 */
export function pythonSyntaxError(code: string): string | null {
  const result = spawnSync('python3', ['-c', 'import ast,sys; ast.parse(sys.stdin.read())'], {
    input: code,
    encoding: 'utf8',
  });
  if (result.error || result.status === null)
    throw new Error(
      `python3 is needed to check the Python exports and could not be run (${result.error?.message ?? `signal ${result.signal}`}); install it (apt-get install python3)`,
    );
  return result.status === 0 ? null : result.stderr;
}
