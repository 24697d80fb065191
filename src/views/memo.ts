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

/**
 * `f` cached per argument object, for models of a run: a LabRun is never changed once made, so
 * the same run always gives the same model. A big run's lanes compute their models ahead, a step
 * per task (lanes/prepare.ts), and the render that draws the run then finds them here.
 */
export function perRun<R extends object, V>(f: (run: R) => V): (run: R) => V {
  const cache = new WeakMap<R, V>();
  return (run) => {
    if (cache.has(run)) return cache.get(run) as V;
    const value = f(run);
    cache.set(run, value);
    return value;
  };
}
