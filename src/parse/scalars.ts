// Strings, ids, switches, the format's fixed words and money: each read with the expected form that
// its issue shows (IN-1), returning nothing after an issue. A value that cannot even be read (a
// revoked Proxy) is just of the wrong type here.
import type { Level } from "../level.js";
import type { Billing, BuiltInRole, GroupSource, MappableRole, Provisioning, Seat, SeatPlan } from "../org.js";
import type { Decoder } from "./containers.js";
import { report } from "./context.js";
import type { ValidationIssueCode } from "./issues.js";
import { describe, isWholeNumber } from "./read.js";

/** Reads a string (a name, an email address): any string, the empty one included. */
export const readString: Decoder<string> = (ctx, value, path) => {
  if (typeof value === "string") return value;
  report(ctx, path, "invalid_type", () => ({ expected: "a string", received: describe(value) }));
  return undefined;
};

/** The expected form of an id, e.g. `a non-empty member id`. */
export function idExpected(noun: string): string {
  return `a non-empty ${noun}`;
}

/** Whether a value is an id: SPEC §1, every id is an arbitrary non-empty string. */
export function isId(value: unknown): value is string {
  return typeof value === "string" && value !== "";
}

/** A reader of ids of one kind (SPEC §1: every id is an arbitrary non-empty string). */
export function idOf(noun: string): Decoder<string> {
  const expected = idExpected(noun);
  return (ctx, value, path) => {
    if (isId(value)) return value;
    const code = value === "" ? "empty_id" : "invalid_type";
    report(ctx, path, code, () => ({ expected, received: describe(value) }));
    return undefined;
  };
}

/** Reads a switch: `true` or `false`. */
export const readBoolean: Decoder<boolean> = (ctx, value, path) => {
  if (typeof value === "boolean") return value;
  report(ctx, path, "invalid_type", () => ({ expected: "true or false", received: describe(value) }));
  return undefined;
};

/** One of the format's fixed sets of words, with the code of a word outside it. */
export interface Words<T extends string> {
  readonly values: readonly T[];
  readonly code: ValidationIssueCode;
  /** `one of "a", "b"`. */
  readonly expected: string;
}

function oneOf(values: readonly string[]): string {
  return `one of ${values.map((v) => JSON.stringify(v)).join(", ")}`;
}

// Each set is a literal (no factory): the sets are read while the modules load, so nothing may throw then.
const LEVELS = ["always", "approval", "blocked"] as const;
const BUILT_IN_ROLES = ["primary-owner", "owner", "admin", "user", "custom"] as const;
const MAPPED_ROLES = ["custom", "user", "admin", "owner"] as const;
const SEATS = ["chat", "chat-code"] as const;
const SEAT_PLANS = ["standard", "dual"] as const;
const BILLINGS = ["seat", "usage"] as const;
const PROVISIONINGS = ["invite-only", "jit", "scim"] as const;
const GROUP_SOURCES = ["manual", "scim"] as const;
const MULTI_GROUPS = ["lowest", "highest"] as const;

/** Levels: Always allow, Needs approval, Blocked (CON-1). */
export const LEVEL_WORDS: Words<Level> = {
  values: LEVELS,
  code: "unknown_level",
  expected: /* @__PURE__ */ oneOf(LEVELS),
};
/** Built-in roles: Primary Owner, Owner, Admin, User, Custom roles. */
export const BUILT_IN_ROLE_WORDS: Words<BuiltInRole> = {
  values: BUILT_IN_ROLES,
  code: "unknown_built_in_role",
  expected: /* @__PURE__ */ oneOf(BUILT_IN_ROLES),
};
/** The built-in roles a group can be mapped to (GRP-3); never Primary Owner. */
export const MAPPED_ROLE_WORDS: Words<MappableRole> = {
  values: MAPPED_ROLES,
  code: "unknown_mapped_role",
  expected: /* @__PURE__ */ oneOf(MAPPED_ROLES),
};
/** Seats of a dual-seat plan: Chat, Chat + Claude Code. */
export const SEAT_WORDS: Words<Seat> = { values: SEATS, code: "unknown_seat", expected: /* @__PURE__ */ oneOf(SEATS) };
/** Seat plans: standard, or legacy dual-seat. */
export const SEAT_PLAN_WORDS: Words<SeatPlan> = {
  values: SEAT_PLANS,
  code: "unknown_seat_plan",
  expected: /* @__PURE__ */ oneOf(SEAT_PLANS),
};
/** Billing modes: per seat, or usage-based. */
export const BILLING_WORDS: Words<Billing> = {
  values: BILLINGS,
  code: "unknown_billing",
  expected: /* @__PURE__ */ oneOf(BILLINGS),
};
/** Provisioning modes: invite only, JIT, SCIM. */
export const PROVISIONING_WORDS: Words<Provisioning> = {
  values: PROVISIONINGS,
  code: "unknown_provisioning",
  expected: /* @__PURE__ */ oneOf(PROVISIONINGS),
};
/** Group sources: created by hand, or synced over SCIM. */
export const GROUP_SOURCE_WORDS: Words<GroupSource> = {
  values: GROUP_SOURCES,
  code: "unknown_group_source",
  expected: /* @__PURE__ */ oneOf(GROUP_SOURCES),
};
/** Which of several group spend limits applies (SPD-3). */
export const MULTI_GROUP_WORDS: Words<"lowest" | "highest"> = {
  values: MULTI_GROUPS,
  code: "unknown_multi_group",
  expected: /* @__PURE__ */ oneOf(MULTI_GROUPS),
};

/** A reader of one set of words: a string outside the set gets the set's code, another value `invalid_type`. */
export function wordOf<T extends string>(of: Words<T>): Decoder<T> {
  return (ctx, value, path) => {
    const found = of.values.find((word) => word === value);
    if (found !== undefined) return found;
    const code = typeof value === "string" ? of.code : "invalid_type";
    report(ctx, path, code, () => ({ expected: of.expected, received: describe(value) }));
    return undefined;
  };
}

/** A level: `"always"` (Always allow), `"approval"` (Needs approval) or `"blocked"` (Blocked). */
export const readLevel: Decoder<Level> = /* @__PURE__ */ wordOf(LEVEL_WORDS);

/** The expected form of money. */
export const MONEY = "a whole number of minor units (cents), 0 or more";

/**
 * Whether a value is money: a non-negative safe integer of minor units. NaN, infinities, fractions
 * and numbers written as strings are not. `-0` is a whole number not below 0, so it is money, kept
 * as `0` ({@link moneyOf}).
 */
export function isMoney(value: unknown): value is number {
  return isWholeNumber(value) && value >= 0;
}

/**
 * Money as the library keeps it: `-0` as `0`, so that no `-0` reaches the engine or a report (where
 * `Object.is(-0, 0)` is false and `1 / -0` is `-Infinity`).
 */
export function moneyOf(money: number): number {
  return money === 0 ? 0 : money;
}

/** Reads money ({@link isMoney}), `-0` as `0` ({@link moneyOf}). */
export const readMoney: Decoder<number> = (ctx, value, path) => {
  if (isMoney(value)) return moneyOf(value);
  report(ctx, path, "invalid_money", () => ({ expected: MONEY, received: describe(value) }));
  return undefined;
};
