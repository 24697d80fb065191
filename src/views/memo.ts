// Memoising view models on the engine objects they really depend on. A settings change hands
// back the very same arrays and outcomes for everything it did not affect (runLab reuses them), so
// keying on those objects, not on the whole run, rebuilds only what changed.

/** A cache for one derivation: `get(key, compute)` computes once per key object. */
export function memoOn<K extends object, V>(): (key: K, compute: () => V) => V {
  const cache = new WeakMap<K, V>();
  return (key, compute) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute();
      cache.set(key, value);
    }
    return value;
  };
}
