// Puts the view's mode and theme on <html> (class `mode-present`, attribute `data-theme`), where
// every stylesheet and the canvas palette can see them.
import { useEffect } from 'react';
import { useView } from './context';

export function useDocumentView(): void {
  const mode = useView((s) => s.mode);
  const theme = useView((s) => s.theme);
  useEffect(() => {
    const root = document.documentElement;
    root.classList.toggle('mode-present', mode === 'present');
    if (theme === 'auto') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [mode, theme]);
}
