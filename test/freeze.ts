// Deep freezing and its check, for every test: inputs are frozen as `parseOrg` returns them (so the
// engine caches their index, and writing to one throws: no function mutates its input, IN-3), and
// outputs are checked to be deeply frozen (IN-3).

/** Freezes a value and everything reachable from it through own properties (symbols too); cycles are fine. */
export function deepFreeze<T>(value: T, seen = new Set<object>()): T {
  if (typeof value === "object" && value !== null && !seen.has(value)) {
    seen.add(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key], seen);
    Object.freeze(value);
  }
  return value;
}

/** The paths of every object or array reachable from `value` that is not frozen. */
export function unfrozenPaths(value: unknown, path = "$", seen = new Set<object>()): string[] {
  if (typeof value !== "object" || value === null || seen.has(value)) return [];
  seen.add(value);
  const here = Object.isFrozen(value) ? [] : [path];
  return [
    ...here,
    ...Reflect.ownKeys(value).flatMap((key) =>
      unfrozenPaths((value as Record<PropertyKey, unknown>)[key], `${path}[${JSON.stringify(String(key))}]`, seen),
    ),
  ];
}

/** Whether a value and everything reachable from it is frozen. */
export function isDeeplyFrozen(value: unknown): boolean {
  return unfrozenPaths(value).length === 0;
}

/** A structural copy through own enumerable properties, `__proto__` keys kept as own properties. */
export function deepCopy<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => deepCopy(v)) as T;
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepCopy(v)])) as T;
  }
  return value;
}
