// The one place the import touches the URL: `?data=imported` says the page runs on a file the
// user brought (which a shared link cannot carry). Kept to one function so the URL codec can
// absorb it later.

/** Adds or removes `data=imported` in the address bar, without a navigation or history entry. */
export function markImportedInUrl(imported: boolean): void {
  const url = new URL(window.location.href);
  if (imported) url.searchParams.set('data', 'imported');
  else url.searchParams.delete('data');
  window.history.replaceState(window.history.state, '', url);
}

/** True when the address says the data was imported (e.g. a reload, or a shared link). */
export function urlSaysImported(): boolean {
  return new URL(window.location.href).searchParams.get('data') === 'imported';
}
