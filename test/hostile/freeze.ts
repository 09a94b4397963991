// Deep freezing and its check: inputs frozen to catch mutation, outputs checked to be frozen (IN-3).

/** Freezes a value and everything reachable from it through own properties. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
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
    ...Reflect.ownKeys(value).flatMap((key) => unfrozenPaths((value as Record<PropertyKey, unknown>)[key], `${path}[${JSON.stringify(String(key))}]`, seen)),
  ];
}

/** A structural copy through own enumerable properties, `__proto__` keys kept as own properties. */
export function deepCopy<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => deepCopy(v)) as T;
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepCopy(v)])) as T;
  }
  return value;
}
