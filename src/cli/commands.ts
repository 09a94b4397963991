import {
  findCrossRoleConflicts,
  resolveAccess,
  resolveSpendLimit,
  resolveToolLevel,
  type Org,
} from "../index.js";
import { formatAccess } from "./accessText.js";
import { formatConflicts } from "./conflictsText.js";
import { formatOrgHeader } from "./orgText.js";
import { formatSpend } from "./spendText.js";
import { formatTool } from "./toolText.js";
import { formatValid } from "./validateText.js";
import { PLAN_COMMANDS } from "./planCommands.js";
import { audit, auditWarningsText } from "./auditText.js";

/**
 * What a command produced: its result (printed as JSON with `--json`) and the same as text, or an
 * error for an id the org does not have.
 */
export type Outcome =
  | { readonly ok: true; readonly result: unknown; readonly text: string; readonly exitCode?: 0 | 1 }
  | { readonly ok: false; readonly error: string };

/** A command of `org-rbac`, run on a valid org. */
export interface Command {
  /** The command's name, the first argument. */
  readonly name: string;
  /** The arguments after the command, as the usage shows them. */
  readonly args: string;
  /** How many arguments it takes, the org file included. */
  readonly arity: readonly [min: number, max: number];
  /**
   * Runs the command. `args` are the arguments after the org file; there are as many as `arity`
   * allows.
   */
  execute(org: Org, args: readonly string[]): Outcome;
}

type Failure = Extract<Outcome, { ok: false }>;

/** Ids for an error message: all of a few, the first ten of many. */
function someIds(ids: readonly string[]): string {
  const shown = ids.slice(0, 10).join(", ");
  return ids.length > 10 ? `${shown} and ${ids.length - 10} more` : shown;
}

function unknownMember(org: Org, memberId: string): Failure {
  const ids = someIds(org.members.map((member) => member.id));
  return { ok: false, error: `\`${memberId}\` is not a member of org \`${org.id}\` (its members: ${ids})` };
}

/** The members asked about: the one named, or every member of the org. */
function membersAsked(org: Org, memberId: string | undefined): { readonly ok: true; readonly ids: readonly string[] } | Failure {
  if (memberId === undefined) return { ok: true, ids: org.members.map((member) => member.id) };
  return org.members.some((member) => member.id === memberId) ? { ok: true, ids: [memberId] } : unknownMember(org, memberId);
}

const access: Command = {
  name: "access",
  args: "<org.json> [memberId]",
  arity: [1, 2],
  execute(org, [memberId]) {
    const asked = membersAsked(org, memberId);
    if (!asked.ok) return asked;
    const results = asked.ids.map((id) => ({ access: resolveAccess(org, id), spendLimit: resolveSpendLimit(org, id) }));
    const texts = results.map((result) => formatAccess(org, result.access, result.spendLimit));
    return {
      ok: true,
      result: memberId === undefined ? results : results[0],
      text: [formatOrgHeader(org), ...texts].join("\n\n"),
    };
  },
};

const tool: Command = {
  name: "tool",
  args: "<org.json> <memberId> <connectorId> <tool>",
  arity: [4, 4],
  execute(org, args) {
    // INVARIANT: run() passed exactly three arguments after the org file.
    const [memberId, connectorId, toolName] = args as readonly [string, string, string];
    if (!org.members.some((member) => member.id === memberId)) return unknownMember(org, memberId);
    const decision = resolveToolLevel(org, memberId, connectorId, toolName);
    return { ok: true, result: decision, text: formatTool(decision) };
  },
};

const conflicts: Command = {
  name: "conflicts",
  args: "<org.json> <roleId> [connectorId]",
  arity: [2, 3],
  execute(org, args) {
    // INVARIANT: run() passed the role id, and at most a connector id after it.
    const [roleId, connectorId] = args as readonly [string, string | undefined];
    const role = org.roles.find((candidate) => candidate.id === roleId);
    if (role === undefined) {
      const ids = someIds(org.roles.map((candidate) => candidate.id));
      return { ok: false, error: `\`${roleId}\` is not a role of org \`${org.id}\` (its roles: ${ids})` };
    }
    if (connectorId !== undefined && !org.connectors.some((connector) => connector.id === connectorId)) {
      const ids = someIds(org.connectors.map((connector) => connector.id));
      return { ok: false, error: `connector \`${connectorId}\` has not been added to org \`${org.id}\` (its connectors: ${ids})` };
    }
    const report = findCrossRoleConflicts(org, roleId, connectorId);
    return { ok: true, result: report, text: formatConflicts(report, role.name) };
  },
};

const spend: Command = {
  name: "spend",
  args: "<org.json> [memberId]",
  arity: [1, 2],
  execute(org, [memberId]) {
    const asked = membersAsked(org, memberId);
    if (!asked.ok) return asked;
    const decisions = asked.ids.map((id) => resolveSpendLimit(org, id));
    return { ok: true, result: memberId === undefined ? decisions : decisions[0], text: formatSpend(org, decisions) };
  },
};

const validate: Command = {
  name: "validate",
  args: "<org.json>",
  arity: [1, 1],
  execute(org) {
    return { ok: true, result: { valid: true, orgId: org.id }, text: formatValid(org) + auditWarningsText(org) };
  },
};

/** Every command, by name. */
export const COMMANDS: ReadonlyMap<string, Command> = new Map(
  // Stryker disable next-line ArrowFunction: a mutant here fails every test file at import, which the vitest runner reports as no test run rather than a kill
  [access, tool, conflicts, spend, validate, audit, ...PLAN_COMMANDS].map((command) => [command.name, command]),
);
