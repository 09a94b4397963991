// Finding and placing the parts of an org that changes act on: by id, never by `obj[id]` on a plain
// object, and new lists built from the old one so every untouched element stays the same object (CHG-2).
import { refuse } from "./refusal.js";

/** The position of the element with this id, or -1. */
export function indexOfId(list: readonly { readonly id: string }[], id: string): number {
  return list.findIndex((item) => item.id === id);
}

/** Where an insert goes: `at`, checked to lie in 0..length, or the end. */
export function insertionIndex(at: number | undefined, length: number): number {
  if (at === undefined) return length;
  if (at > length) refuse({ code: "at_out_of_range", at, length });
  return at;
}

/** A new list with `items` inserted at `index`. */
export function insertAt<T>(list: readonly T[], index: number, items: readonly T[]): T[] {
  return [...list.slice(0, index), ...items, ...list.slice(index)];
}

/** A new list without the element at `index`. */
export function removeAt<T>(list: readonly T[], index: number): T[] {
  return [...list.slice(0, index), ...list.slice(index + 1)];
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
