// Finding and placing the parts of an org that changes act on: by id, never by `obj[id]` on a plain
// object, and new lists built from the old one so every untouched element stays the same object (CHG-2).
import { deepFreeze } from "./freeze.js";
import { refuse } from "./refusal.js";

/** The position of the element with this id, or -1 (a plain loop: a batch of changes calls it once per change). */
export function indexOfId(list: readonly { readonly id: string }[], id: string): number {
  for (let i = 0; i < list.length; i++) if ((list[i] as { readonly id: string }).id === id) return i;
  return -1;
}

/** Where an insert goes: `at`, checked to lie in 0..length, or the end. */
export function insertionIndex(at: number | undefined, length: number): number {
  if (at === undefined) return length;
  if (at > length) refuse({ code: "at_out_of_range", at, length });
  return at;
}

// The helpers below copy a list of the org (deeply frozen already) element by element and freeze only
// what is new: a change to a list of 20,000 members costs one copy, not a walk through each member.
// (V8's `slice` and `concat` take a slow path on frozen arrays: ten times a plain copy.)

/** A mutable copy of a list, to edit and then freeze. */
export function copyOf<T>(list: readonly T[]): T[] {
  return Array.from(list);
}

/** A new deeply frozen list with `items` (deeply frozen here) inserted at `index`. */
export function insertAt<T>(list: readonly T[], index: number, items: readonly T[]): readonly T[] {
  const out: T[] = [];
  for (let i = 0; i < index; i++) out.push(list[i] as T);
  for (const item of items) out.push(deepFreeze(item));
  for (let i = index; i < list.length; i++) out.push(list[i] as T);
  return Object.freeze(out);
}

/** A new deeply frozen list without the element at `index`. */
export function removeAt<T>(list: readonly T[], index: number): readonly T[] {
  const out = copyOf(list);
  out.splice(index, 1);
  return Object.freeze(out);
}

/** An own property of a record built from JSON, `__proto__` included; `undefined` when absent. */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A new record with `key` set to `value` (or removed, for `undefined`); an existing key keeps its place. */
export function withEntry<T>(
  record: Readonly<Record<string, T>> | undefined,
  key: string,
  value: T | undefined,
): Record<string, T> {
  const entries = Object.entries(record ?? {});
  if (value !== undefined && entries.some(([k]) => k === key))
    return Object.fromEntries(entries.map(([k, v]) => [k, k === key ? value : v]));
  const rest = entries.filter(([k]) => k !== key);
  return Object.fromEntries(value === undefined ? rest : [...rest, [key, value]]);
}
