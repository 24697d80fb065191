// Binds a lab store to a React subtree. The app creates one store; tests and embeds can make
// their own. Components read through `useLab(selector)` (re-render only when the selected value
// changes); canvas layers read `useLabApi()` and subscribe to per-frame changes themselves.
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { LabState, LabStore } from './labStore';

const LabContext = createContext<LabStore | null>(null);

export function LabProvider({ store, children }: { store: LabStore; children: ReactNode }) {
  return <LabContext.Provider value={store}>{children}</LabContext.Provider>;
}

/** The store itself, for `getState()` and `subscribe()` outside React's render cycle. */
export function useLabApi(): LabStore {
  const store = useContext(LabContext);
  if (!store) throw new Error('useLab must be used inside <LabProvider>');
  return store;
}

/** Selects a slice of lab state; the component re-renders only when that slice changes. */
export function useLab<T>(selector: (state: LabState) => T): T {
  return useStore(useLabApi(), selector);
}
