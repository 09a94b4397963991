// How the browser entry's scans read an org: only one the library produced (IN-3), and a record's
// own properties only (ids are arbitrary strings, `__proto__` included).
import type { Org } from "../org.js";
import { NOT_PRODUCED, isProduced } from "../parse/produced.js";

/** The org, when the library produced it (parsed, valid, deeply frozen). */
export function scannable(org: Org): Org {
  if (!isProduced(org)) throw new TypeError(NOT_PRODUCED);
  return org;
}

/** The value of an own property of a record, or `undefined`. */
export function own<V>(record: Readonly<Record<string, V>> | undefined, key: string): V | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
