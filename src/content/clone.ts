// A deep copy of plain JSON data (objects, arrays, strings, numbers, booleans, null; undefined kept as is, like
// structuredClone): the brain copies the user's state on every turn, and a plain walk is ~4× cheaper than
// structuredClone's serialisation for a state this small.
export function cloneJson<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(cloneJson) as T;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = cloneJson((value as Record<string, unknown>)[key]);
    // A "__proto__" key parsed from JSON is an own property: assigning it would set the copy's prototype instead.
    if (key === '__proto__')
      Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
    else out[key] = v;
  }
  return out as T;
}

/**
 * `{ ...base, ...more }` for objects made every message. Node 20's V8 gives an object literal that starts with a
 * spread and goes on with more properties a hidden class of its own per object (a new map and descriptor array in
 * the old generation for each property after the spread; the objects then miss every inline cache that reads them):
 * a copy built on an empty object shares its hidden classes. Same keys in the same order as the spread.
 */
export function extend<A extends object, B extends object>(base: A, more: B): Omit<A, keyof B> & B {
  return Object.assign({}, base, more);
}
