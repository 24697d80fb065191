// The palette for the theme in force: follows prefers-color-scheme, so canvas and SVG marks
// switch with the CSS variables.
import { useSyncExternalStore } from 'react';
import { palettes, type Palette, type ThemeName } from './palette';

const query = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void) {
  const mql = matchMedia(query);
  mql.addEventListener('change', onChange);
  return () => mql.removeEventListener('change', onChange);
}

export function currentTheme(): ThemeName {
  return typeof matchMedia === 'function' && matchMedia(query).matches ? 'dark' : 'light';
}

export function usePalette(): Palette {
  const theme = useSyncExternalStore(subscribe, currentTheme, () => 'light' as const);
  return palettes[theme];
}
