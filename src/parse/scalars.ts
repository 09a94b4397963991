// Strings, ids, switches, the format's fixed words and money: each read with the expected form that
// its issue shows (IN-1), returning a stand-in after an issue (never kept: the parse then fails).
// A value that cannot even be read (a revoked Proxy) is just of the wrong type here.
import type { Level } from "../level.js";
import type { Billing, BuiltInRole, GroupSource, MappableRole, Provisioning, Seat, SeatPlan } from "../org.js";
import type { Decoder } from "./containers.js";
import { report } from "./context.js";
import type { ValidationIssueCode } from "./issues.js";
import { describe } from "./read.js";

/** Reads a string (a name, an email address): any string, the empty one included. */
export const readString: Decoder<string> = (ctx, value, path) => {
  if (typeof value === "string") return value;
  report(ctx, path, "invalid_type", { expected: "a string", received: describe(value) });
  // Stryker disable next-line StringLiteral: stand-in after a reported issue, never kept: parseOrg then fails
  return "";
};

/** The expected form of an id, e.g. `a non-empty member id`. */
export function idExpected(noun: string): string {
  return `a non-empty ${noun}`;
}

/** A reader of ids of one kind (SPEC §1: every id is an arbitrary non-empty string). */
export function idOf(noun: string): Decoder<string> {
  const expected = idExpected(noun);
  return (ctx, value, path) => {
    if (typeof value === "string" && value !== "") return value;
    const code = value === "" ? "empty_id" : "invalid_type";
    report(ctx, path, code, { expected, received: describe(value) });
    // Stryker disable next-line StringLiteral: stand-in after a reported issue, never kept: parseOrg then fails
    return "";
  };
}

/** Reads a switch: `true` or `false`. */
export const readBoolean: Decoder<boolean> = (ctx, value, path) => {
  if (typeof value === "boolean") return value;
  report(ctx, path, "invalid_type", { expected: "true or false", received: describe(value) });
  // Stryker disable next-line BooleanLiteral: stand-in after a reported issue, never kept: parseOrg then fails
  return false;
};

/** One of the format's fixed sets of words, with the code of a word outside it. */
export interface Words<T extends string> {
  readonly values: readonly T[];
  readonly code: ValidationIssueCode;
  /** `one of "a", "b"`. */
  readonly expected: string;
}

// Stryker disable next-line BlockStatement,ObjectLiteral: a mutant here fails every test file at import, which the vitest runner reports as no test run rather than a kill
function words<T extends string>(code: ValidationIssueCode, values: readonly T[]): Words<T> {
  return { values, code, expected: `one of ${values.map((v) => JSON.stringify(v)).join(", ")}` };
}

/** Levels: Always allow, Needs approval, Blocked (CON-1). */
export const LEVEL_WORDS: Words<Level> = /* @__PURE__ */ words("unknown_level", ["always", "approval", "blocked"]);
/** Built-in roles: Primary Owner, Owner, Admin, User, Custom roles. */
export const BUILT_IN_ROLE_WORDS: Words<BuiltInRole> = /* @__PURE__ */ words("unknown_built_in_role", ["primary-owner", "owner", "admin", "user", "custom"]);
/** The built-in roles a group can be mapped to (GRP-3); never Primary Owner. */
export const MAPPED_ROLE_WORDS: Words<MappableRole> = /* @__PURE__ */ words("unknown_mapped_role", ["custom", "user", "admin", "owner"]);
/** Seats of a dual-seat plan: Chat, Chat + Claude Code. */
export const SEAT_WORDS: Words<Seat> = /* @__PURE__ */ words("unknown_seat", ["chat", "chat-code"]);
/** Seat plans: standard, or legacy dual-seat. */
export const SEAT_PLAN_WORDS: Words<SeatPlan> = /* @__PURE__ */ words("unknown_seat_plan", ["standard", "dual"]);
/** Billing modes: per seat, or usage-based. */
export const BILLING_WORDS: Words<Billing> = /* @__PURE__ */ words("unknown_billing", ["seat", "usage"]);
/** Provisioning modes: invite only, JIT, SCIM. */
export const PROVISIONING_WORDS: Words<Provisioning> = /* @__PURE__ */ words("unknown_provisioning", ["invite-only", "jit", "scim"]);
/** Group sources: created by hand, or synced over SCIM. */
export const GROUP_SOURCE_WORDS: Words<GroupSource> = /* @__PURE__ */ words("unknown_group_source", ["manual", "scim"]);
/** Which of several group spend limits applies (SPD-3). */
export const MULTI_GROUP_WORDS: Words<"lowest" | "highest"> = /* @__PURE__ */ words("unknown_multi_group", ["lowest", "highest"]);

/** A reader of one set of words: a string outside the set gets the set's code, another value `invalid_type`. */
export function wordOf<T extends string>(of: Words<T>): Decoder<T> {
  const [standIn] = of.values as readonly [T];
  return (ctx, value, path) => {
    const found = of.values.find((word) => word === value);
    if (found !== undefined) return found;
    const code = typeof value === "string" ? of.code : "invalid_type";
    report(ctx, path, code, { expected: of.expected, received: describe(value) });
    return standIn;
  };
}

/** A level: `"always"` (Always allow), `"approval"` (Needs approval) or `"blocked"` (Blocked). */
export const readLevel: Decoder<Level> = /* @__PURE__ */ wordOf(LEVEL_WORDS);

/** The expected form of money. */
export const MONEY = "a whole number of minor units (cents), 0 or more";

/** Reads money: a non-negative safe integer of minor units. NaN, infinities, fractions and numbers written as strings are refused. */
export const readMoney: Decoder<number> = (ctx, value, path) => {
  // Stryker disable next-line ConditionalExpression: equivalent, Number.isSafeInteger is false for every non-number; the typeof test is there for the compiler
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return value;
  report(ctx, path, "invalid_money", { expected: MONEY, received: describe(value) });
  return 0;
};
