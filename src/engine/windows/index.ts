// Window helpers beyond the contract's assignWindows: normalising a spec, assigning with a spec
// already normalised (the lanes' hot loop), window starts and ids, the global window.
export { GLOBAL_WINDOW, assignNormalized, normalizeWindow, windowId, windowStart } from './assign';
