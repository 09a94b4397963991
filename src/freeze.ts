// Deep freezing of what the library returns (IN-3): one function for the engine and the admin
// functions alike.

/**
 * Freezes a value and everything reachable from its own enumerable properties; returns it. A frozen
 * value is taken as deeply frozen already and not walked (the library's own values are, and a
 * primitive counts as frozen), so a new list of 20,000 members that shares 19,999 of them is one
 * pass over the list. INVARIANT: callers give only values they built, which never hold an object of
 * a caller's input but frozen ones (parsed orgs and their entries), so this never freezes an input.
 */
export function deepFreeze<T>(value: T): T {
  if (Object.isFrozen(value)) return value;
  Object.freeze(value);
  // Not frozen, so an object (Object.isFrozen says true of every primitive).
  for (const item of Object.values(value as object)) deepFreeze(item);
  return value;
}
