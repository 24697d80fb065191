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
 * `f` of a run, cached on the part of the run it derives from (`keyOf`: a lane's outcome, the
 * truth), as long as `depsOf` (the truth, the orders) are the same objects too: runLab hands back
 * the same outcome for a lane whose settings did not change, so a settings change rebuilds only
 * the models it affects. A big run's lanes compute their models ahead, a step per task
 * (lanes/prepare.ts), and the render that draws the run then finds them here.
 */
export function memoPer<R, K extends object, V>(
  keyOf: (run: R) => K,
  f: (run: R) => V,
  depsOf: (run: R) => readonly unknown[] = () => [],
): (run: R) => V {
  const cache = new WeakMap<K, { deps: readonly unknown[]; value: V }>();
  return (run) => {
    const key = keyOf(run);
    const deps = depsOf(run);
    const hit = cache.get(key);
    if (hit && hit.deps.length === deps.length && hit.deps.every((d, i) => d === deps[i]))
      return hit.value;
    const value = f(run);
    cache.set(key, { deps, value });
    return value;
  };
}
