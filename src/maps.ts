// Maps used as memos and as indexes being built: one way to find an entry or add it.

/** What {@link getOrInsertComputed} needs of a map: a `Map` or a `WeakMap`. */
export interface Keyed<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/**
 * The value of `key` in `map`, made by `make` and added first when the map has none: TC39's
 * proposed `Map.prototype.getOrInsertComputed` (CASL's `getOrDefault`). A memo's miss and an index's
 * first entry under a key are this one function, not a branch at every use. `make` never returns
 * `undefined` (it would be made again on the next look-up).
 */
export function getOrInsertComputed<K, V>(map: Keyed<K, V>, key: K, make: (key: K) => V): V {
  const known = map.get(key);
  if (known !== undefined) return known;
  const made = make(key);
  map.set(key, made);
  return made;
}
