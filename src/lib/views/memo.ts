/** A small bounded cache for per-page derivations: the last `size` answers are kept, the oldest dropped. */

/** Wraps `compute` so that the answers for the `size` most recently used keys are remembered. */
export function memoLast<K, V>(compute: (key: K) => V, size = 32): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    if (cache.has(key)) {
      const hit = cache.get(key)!;
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const value = compute(key);
    cache.set(key, value);
    if (cache.size > size) cache.delete(cache.keys().next().value as K);
    return value;
  };
}

/** Wraps `compute` so that it runs once, on the first call. */
export function once<V>(compute: () => V): () => V {
  let done = false;
  let value: V;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}
