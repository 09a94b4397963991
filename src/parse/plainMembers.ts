// The org's members read in one pass for the common case: every member a plain object whose
// properties are all valid (IN-1). A large org is mostly members, and this pass builds no path, calls
// no decoder and reports nothing. When anything is not that common case, it gives up, and the
// reporting reader (src/parse/people.ts) reads the list again from the start and reports every
// issue. The output is the same in both cases: that reader's, field for field and in its order.
import type { BuiltInRole, Member, Seat } from "../org.js";
import type { Context } from "./context.js";
import { NOT_PLAIN, kindOf, plainKeys, plainLength, plainValue } from "./read.js";
import { BUILT_IN_ROLE_WORDS, SEAT_WORDS, isId, isMoney, moneyOf } from "./scalars.js";

/** The members, frozen, and the position of each id in the list. */
export interface PlainMembers {
  readonly members: readonly Member[];
  /** Each member's id and position: the ids are unique (IN-1). */
  readonly positions: ReadonlyMap<string, number>;
}

/**
 * A valid member built from the values of its properties, or `undefined` when one is not valid: the
 * rules are the decoders' own (src/parse/scalars.ts).
 */
function memberOf(id: unknown, email: unknown, role: unknown, seat: unknown, spendLimit: unknown): Member | undefined {
  if (!isId(id)) return undefined;
  if (email !== NOT_PLAIN && typeof email !== "string") return undefined;
  if (!BUILT_IN_ROLE_WORDS.values.includes(role as BuiltInRole)) return undefined;
  if (seat !== NOT_PLAIN && !SEAT_WORDS.values.includes(seat as Seat)) return undefined;
  if (spendLimit !== NOT_PLAIN && !isMoney(spendLimit)) return undefined;
  // The reporting reader's order (src/parse/people.ts `memberShape`), present properties only.
  const member: { -readonly [K in keyof Member]: Member[K] } = { id } as Member;
  if (email !== NOT_PLAIN) member.email = email as string;
  member.role = role as BuiltInRole;
  if (seat !== NOT_PLAIN) member.seat = seat as Seat;
  if (spendLimit !== NOT_PLAIN) member.spendLimit = moneyOf(spendLimit as number);
  return Object.freeze(member);
}

/**
 * One member, or `undefined` when it is not a plain object of valid, plain properties. Its keys are
 * listed before its prototype is asked for, so that an array where a member belongs (it has no id)
 * is looked at only by the reporting reader, which stops looking after the first issues.
 */
function plainMember(ctx: Context, value: unknown): Member | undefined {
  // A primitive lists no key that a member has (a string lists its indices), or cannot be listed.
  const keys = plainKeys(value);
  if (keys === NOT_PLAIN) return undefined;
  let id: unknown = NOT_PLAIN;
  let email: unknown = NOT_PLAIN;
  let role: unknown = NOT_PLAIN;
  let seat: unknown = NOT_PLAIN;
  let spendLimit: unknown = NOT_PLAIN;
  for (const key of keys) {
    const property = plainValue(value as object, key);
    if (property === NOT_PLAIN) return undefined;
    if (key === "id") id = property;
    else if (key === "email") email = property;
    else if (key === "role") role = property;
    else if (key === "seat") seat = property;
    else if (key === "spendLimit") spendLimit = property;
    else return undefined;
  }
  const member = memberOf(id, email, role, seat, spendLimit);
  // JSON's kind of object, and not one of the containers being read (a cycle).
  return member !== undefined && kindOf(value) === "object" && !ctx.open.includes(value as object) ? member : undefined;
}

/**
 * The org's members when every one is a plain, valid member and no two share an id; `undefined`
 * otherwise (the reporting reader then reads them, IN-1). Runs no getter, and never throws.
 */
export function plainMembers(ctx: Context, value: unknown): PlainMembers | undefined {
  const length = plainLength(ctx.open, value);
  if (length === undefined) return undefined;
  const list = value as object;
  const members: Member[] = [];
  const positions = new Map<string, number>();
  for (let i = 0; i < length; i++) {
    const member = plainMember(ctx, plainValue(list, i));
    if (member === undefined || positions.has(member.id)) return undefined;
    positions.set(member.id, i);
    members.push(member);
  }
  return { members: Object.freeze(members), positions };
}
