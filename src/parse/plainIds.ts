// Lists of ids read in one pass for the common case: an array whose every element is an id (a group's
// members). A large org lists tens of thousands of member ids in its groups, and this pass builds no
// path and calls no decoder per id. When anything is not that common case it gives nothing, and the
// reporting reader (readArray) reads the list from the start and reports every issue. The output is
// the same either way.
import { readArray, type Decoder } from "./containers.js";
import type { Context } from "./context.js";
import { plainLength, plainValue } from "./read.js";
import { isId } from "./scalars.js";

/**
 * The ids of a JSON array whose every element is an id, frozen, in order; `undefined` for anything
 * else (the reporting reader then reads it). Runs no getter, and never throws.
 */
export function plainIds(ctx: Context, value: unknown): readonly string[] | undefined {
  const length = plainLength(ctx.open, value);
  if (length === undefined) return undefined;
  const list = value as object;
  const ids: string[] = [];
  for (let i = 0; i < length; i++) {
    // A hole, a getter or a throwing read gives NOT_PLAIN, which is no id.
    const id = plainValue(list, i);
    if (!isId(id)) return undefined;
    ids.push(id);
  }
  return Object.freeze(ids);
}

/** A reader of a list of ids, each by `readId`: in one pass when every element is an id ({@link plainIds}). */
export function idListOf(readId: Decoder<string>): Decoder<readonly string[]> {
  return (ctx, value, path) => plainIds(ctx, value) ?? readArray(ctx, value, path, readId);
}
