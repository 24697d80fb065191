// Binds the view store to the page, as LabProvider does for the lab store.
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ViewState, ViewStore } from './viewStore';

const ViewContext = createContext<ViewStore | null>(null);

export function ViewProvider({ store, children }: { store: ViewStore; children: ReactNode }) {
  return <ViewContext.Provider value={store}>{children}</ViewContext.Provider>;
}

/** The view store itself, for getState() in event handlers. */
export function useViewApi(): ViewStore {
  const store = useContext(ViewContext);
  if (!store) throw new Error('useView must be used inside <ViewProvider>');
  return store;
}

/** Selects a slice of view state. */
export function useView<T>(selector: (state: ViewState) => T): T {
  return useStore(useViewApi(), selector);
}
