// A small in-process memo for what is computed from released agendas alone. A release never
// changes once made (a new release is a new row with a new id), so whatever is derived from it
// can be kept by its id: no invalidation, on any number of servers.

/** How many results are kept; the oldest goes first. A few per event in use is plenty. */
const KEPT = 256;

/**
 * `compute(key)` once per key while it is kept; the same pending promise to callers that ask at
 * the same time. A failure is not kept (the next call tries again).
 */
export function memoPerRelease<T>(compute: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const kept = new Map<string, Promise<T>>();
  return (key) => {
    const hit = kept.get(key);
    if (hit) return hit;
    const result = compute(key);
    kept.set(key, result);
    result.catch(() => kept.delete(key));
    if (kept.size > KEPT) kept.delete(kept.keys().next().value!);
    return result;
  };
}
