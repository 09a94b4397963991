// Deep freezing of what the admin functions return (IN-3).
import { castDraft, type Draft } from "immer";

/** Freezes a JSON value and everything in it; returns it. A frozen object is taken as deeply frozen already (the library's are). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}

/**
 * A new part of an org, deeply frozen, to assign into an immer draft: immer leaves frozen values as
 * they are, so a new list of 20,000 frozen members costs one pass, not a walk through each member.
 */
export function frozenDraft<T>(value: T): Draft<T> {
  return castDraft(deepFreeze(value));
}
