// Test support for the code export: settings variants built from the lab's defaults, and a check
// that a Python snippet parses (with the real python3 when the machine has one).
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

/** True when `python3` runs on this machine. */
export const hasPython = spawnSync('python3', ['--version']).status === 0;

/** Null when python3's `ast.parse` accepts `code`, else its SyntaxError text. */
export function pythonSyntaxError(code: string): string | null {
  const result = spawnSync('python3', ['-c', 'import ast,sys; ast.parse(sys.stdin.read())'], {
    input: code,
    encoding: 'utf8',
  });
  return result.status === 0 ? null : result.stderr;
}
