/**
 * The id of a rule of the rulebook (SPEC.md). Every decision cites the rules that made it.
 */
export type RuleId =
  | "IN-1"
  | "IN-2"
  | "IN-3"
  | "CAP-1"
  | "CAP-2"
  | "CAP-3"
  | "CAP-4"
  | "CAP-5"
  | "CAP-6"
  | "CAP-7"
  | "CAP-8"
  | "CAP-9"
  | "CAP-10"
  | "GRP-1"
  | "GRP-2"
  | "GRP-3"
  | "GRP-4"
  | "CON-1"
  | "CON-2"
  | "CON-3"
  | "CON-4"
  | "CON-5"
  | "CON-6"
  | "CON-7"
  | "CON-8"
  | "CON-9"
  | "CON-10"
  | "CON-11"
  | "CON-12"
  | "CON-13"
  | "SPD-1"
  | "SPD-2"
  | "SPD-3"
  | "SPD-4"
  | "SPD-5"
  | "EXP-1"
  | "CHG-1"
  | "CHG-2"
  | "CHG-3"
  | "CHG-4"
  | "CHG-5"
  | "AUD-1"
  | "DIF-1"
  | "PLN-1"
  | "PLN-2"
  | "PLN-3";

/**
 * Every rule of the rulebook (SPEC.md), by id, with its title. Decisions cite these ids in their
 * reasons; the generated docs and the tests name them.
 *
 * @example
 * ```ts
 * RULES["CON-4"] // => "The org-wide tool policy is the ceiling"
 * Object.keys(RULES).length // => 46
 * ```
 */
export const RULES: Readonly<Record<RuleId, string>> = /* @__PURE__ */ Object.freeze({
  "IN-1": "Untrusted JSON is parsed by one function, which reports every problem with its path",
  "IN-2": "References that point nowhere are not errors; they grant nothing",
  "IN-3": "Fail closed: nothing grants more than the rules, nothing mutates input, everything returned is frozen",
  "CAP-1": "A capability off at org level is available to nobody (the main switch)",
  "CAP-2": "Primary Owners and Owners have every org-enabled capability",
  "CAP-3": "Admins and Users have every org-enabled capability; custom roles do not affect them",
  "CAP-4": "A Custom-roles member has a capability only if a role of theirs grants it",
  "CAP-5": "Roles are additive: one role never removes what another grants",
  "CAP-6": "A Custom-roles member in no group with a role has no governed capability",
  "CAP-7": "On dual-seat plans a Chat seat never has Claude Code; a seat grants nothing",
  "CAP-8": "A member without chat lands on their settings page",
  "CAP-9": "A capability on at org level but not available is greyed out; off at org level, hidden",
  "CAP-10": "Built-in tools (web search, code execution) are capabilities, never connectors",
  "GRP-1": "Groups belong to the parent org; role assignments and group spend limits are per org",
  "GRP-2": "In invite-only and JIT orgs only manual groups count for custom roles",
  "GRP-3": "Group mappings set the built-in role the next sync would assign",
  "GRP-4": "Owners and Primary Owners are never governed by custom roles",
  "CON-1": "Levels are ordered Blocked < Needs approval < Always allow",
  "CON-2": "A role's level for a tool comes from its connector row, else its All connectors row",
  "CON-3": "Across a member's roles the most permissive level wins",
  "CON-4": "The org-wide tool policy is the ceiling",
  "CON-5": "Role grants apply to Custom-roles members only",
  "CON-6": "While connector permissions are off, role grants do not apply",
  "CON-7": "A connector not added, a tool not listed, or an unknown member has no access",
  "CON-8": "Enabling connector permissions seeds every role with All connectors at Always allow",
  "CON-9": "A new role has chat on and All connectors at Needs approval",
  "CON-10": "A connector is in the menu when at least one of its tools is not Blocked",
  "CON-11": "Tool UI state and personal approval never exceed the cap",
  "CON-12": "Claude Code: the org policy and Managed Settings compose by most-restrictive",
  "CON-13": "Cross-role conflict warnings on a role's connector rows",
  "SPD-1": "Spend limits apply to usage-billed orgs only",
  "SPD-2": "An individual limit overrides group limits",
  "SPD-3": "In several groups with limits, the lowest or the highest applies, as the org chooses",
  "SPD-4": "The org limit is the hard ceiling",
  "SPD-5": "Only this org's group limits count, with membership as it is now",
  "EXP-1": "Every decision is explained by its rules and the entries involved",
  "CHG-1": "A change is plain JSON of one kind; a change list applies in order, all or nothing",
  "CHG-2": "Applying changes shares every part of the org they do not touch",
  "CHG-3": "Every change list has an undo list that gives back the org",
  "CHG-4": "The kinds of change, their fields and when each fails",
  "CHG-5": "Every change is described in one sentence for an audit log",
  "AUD-1": "The audit lists every finding with its severity, rules, ids, message and fix",
  "DIF-1": "The access diff lists every member's gains, losses and changes, explained",
  "PLN-1": "A migration plan stages the changes in the guide's order",
  "PLN-2": "No window: nobody holds, between stages, what they hold neither before nor after",
  "PLN-3": "Every stage of a plan can be rolled back to the org before it",
});
