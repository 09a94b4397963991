// Placing and reading the parts of an org that changes act on: never by `obj[id]` on a plain object
// (the lists themselves are edited in working.ts).
import { refuse } from "./refusal.js";

/** Where an insert goes: `at`, checked to lie in 0..length, or the end. */
export function insertionIndex(at: number | undefined, length: number): number {
  if (at === undefined) return length;
  if (at > length) refuse({ code: "at_out_of_range", at, length });
  return at;
}

/** An own property of a record built from JSON, `__proto__` included; `undefined` when absent. */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
