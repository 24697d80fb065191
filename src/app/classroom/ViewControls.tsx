// The header's view controls: presets, presenter mode, fullscreen (only where the browser
// allows it), theme, help, and reset. They change how the lab is shown, never the simulation,
// except Reset, which restores everything.
import { useEffect, useId, useState } from 'react';
import { useLabApi } from '../../store/context';
import { THEMES, type ThemeChoice } from '../url/state';
import { useView, useViewApi } from '../view/context';
import { resetAll } from './player';
import { PresetMenu } from './PresetMenu';

const THEME_LABELS: Record<ThemeChoice, string> = {
  auto: 'System',
  light: 'Light',
  dark: 'Dark',
};

export function ViewControls() {
  const lab = useLabApi();
  const view = useViewApi();
  const mode = useView((s) => s.mode);
  const theme = useView((s) => s.theme);
  const themeId = useId();
  return (
    <div className="cls-bar" role="group" aria-label="Classroom">
      <PresetMenu />
      <button
        type="button"
        aria-pressed={mode === 'present'}
        onClick={() => view.getState().setMode(mode === 'present' ? 'full' : 'present')}
        data-testid="presenter-toggle"
      >
        Presenter mode
      </button>
      <FullscreenButton />
      <label htmlFor={themeId}>Theme</label>
      <select
        id={themeId}
        value={theme}
        onChange={(e) => view.getState().setTheme(e.currentTarget.value as ThemeChoice)}
        data-testid="theme-select"
      >
        {THEMES.map((t) => (
          <option key={t} value={t}>
            {THEME_LABELS[t]}
          </option>
        ))}
      </select>
      <button
        type="button"
        onClick={() => view.getState().setHelpOpen(true)}
        aria-keyshortcuts="?"
        title="Keyboard shortcuts (?)"
      >
        Help <span aria-hidden="true">(?)</span>
      </button>
      <button
        type="button"
        onClick={() => resetAll(lab, view)}
        aria-keyshortcuts="Alt+R"
        title="Reset everything (Alt+R)"
      >
        Reset all
      </button>
    </div>
  );
}

/** Fullscreen for the whole page; absent where the Fullscreen API is missing or forbidden. */
function FullscreenButton() {
  const [full, setFull] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    const on = () => setFull(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', on);
    return () => document.removeEventListener('fullscreenchange', on);
  }, []);
  if (!document.fullscreenEnabled) return null;
  return (
    <button
      type="button"
      aria-pressed={full}
      data-testid="fullscreen-toggle"
      onClick={() => {
        if (document.fullscreenElement) void document.exitFullscreen();
        else void document.documentElement.requestFullscreen().catch(() => setFull(false));
      }}
    >
      Fullscreen
    </button>
  );
}
