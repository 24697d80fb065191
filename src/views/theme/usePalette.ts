// The palette for the theme in force: the page's chosen theme (`data-theme` on <html>, set from
// the link) or else prefers-color-scheme, so canvas and SVG marks switch with the CSS variables.
// In presenter mode (class `mode-present`) secondary ink is darkened to full text contrast.
import { useSyncExternalStore } from 'react';
import { palettes, presenterPalette, type Palette, type ThemeName } from './palette';

const query = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void) {
  const mql = matchMedia(query);
  mql.addEventListener('change', onChange);
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['class', 'data-theme'],
  });
  return () => {
    mql.removeEventListener('change', onChange);
    observer.disconnect();
  };
}

export function currentTheme(): ThemeName {
  const chosen = typeof document === 'object' ? document.documentElement.dataset.theme : undefined;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return typeof matchMedia === 'function' && matchMedia(query).matches ? 'dark' : 'light';
}

function currentKey(): string {
  const present =
    typeof document === 'object' && document.documentElement.classList.contains('mode-present');
  return `${currentTheme()}${present ? ':present' : ''}`;
}

const cache = new Map<string, Palette>();

function paletteFor(key: string): Palette {
  let p = cache.get(key);
  if (!p) {
    const [theme, present] = key.split(':') as [ThemeName, string | undefined];
    p = present ? presenterPalette(palettes[theme]) : palettes[theme];
    cache.set(key, p);
  }
  return p;
}

export function usePalette(): Palette {
  const key = useSyncExternalStore(subscribe, currentKey, () => 'light');
  return paletteFor(key);
}
