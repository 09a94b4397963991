import { compareLevels, leastPermissive, type Level } from "../level.js";
import type { Org } from "../org.js";
import type { Reason, ToolDecision } from "./decision.js";
import { indexOf, type CompiledRole, type MemberContext, type OrgIndex } from "./compile.js";
import { explain, q, reason } from "./explain.js";
import { firstVia, heldRoleText, mappingReasons, unknownMemberReason } from "./member.js";

/** A role's level for one tool, and the row it came from (CON-2). */
export interface RoleToolLevel {
  readonly level: Level;
  readonly row: "connector" | "all-connectors";
  /** Whether the row is Custom. */
  readonly custom: boolean;
}

/**
 * CON-2: the role's row for the connector if it has one, else its All connectors row. A level row
 * applies to every tool; a Custom row gives the tool's own level and blocks the tools it does not
 * list; an All connectors row set to Custom blocks every connector without its own row.
 */
export function roleToolLevel(role: CompiledRole, connectorId: string, tool: string): RoleToolLevel {
  const own = role.byConnector.get(connectorId);
  if (own === undefined) {
    return role.all === null
      ? { level: "blocked", row: "all-connectors", custom: true }
      : { level: role.all, row: "all-connectors", custom: false };
  }
  if (typeof own === "string") return { level: own, row: "connector", custom: false };
  return {
    level: own.get(tool) ?? "blocked",
    // Stryker disable next-line StringLiteral: equivalent, a Custom row is told apart by `custom`, and only the All connectors row is tested for by name
    row: "connector",
    custom: true,
  };
}

/** The org-wide tool policy's level for a tool (CON-4), and the entry that set it. */
export function policyLevel(index: OrgIndex, connectorId: string, tool: string): { level: Level; entry: string | null } {
  const entry = index.policy.get(connectorId);
  if (entry === undefined) return { level: "always", entry: null };
  const own = entry.tools.get(tool);
  return own === undefined ? { level: entry.level, entry: connectorId } : { level: own, entry: `${connectorId}/${tool}` };
}

/** The reason an org-wide tool policy level applies (CON-4). */
export function policyReason(policy: { level: Level; entry: string | null }, verb: "sets it to" | "caps it at"): Reason {
  const where = policy.entry === null ? "has no entry for the connector, so" : `entry ${q(policy.entry)}`;
  const says =
    policy.entry === null
      ? `the org-wide tool policy ${where} it is ${q(policy.level)}`
      : `the org-wide tool policy ${where} ${verb} ${q(policy.level)}`;
  return reason({
    rule: "CON-4",
    says,
    level: policy.level,
    ...(policy.entry === null ? {} : { policy: policy.entry }),
  });
}

function rowText(found: RoleToolLevel, connectorId: string): string {
  if (found.row === "all-connectors") return found.custom ? "its All connectors row is Custom and it has no row for the connector" : "on its All connectors row";
  return found.custom ? `on its Custom row for ${q(connectorId)}` : `on its row for ${q(connectorId)}`;
}

/**
 * The most permissive level the member's roles give the tool (CON-2, CON-3), with the reason.
 */
function rolesLevel(context: MemberContext, connectorId: string, tool: string): { level: Level; because: Reason } {
  const { held } = context;
  const first = held[0];
  if (first === undefined) {
    return {
      level: "blocked",
      because: reason({ rule: "CON-3", says: "the member is set to Custom roles and holds no custom role", level: "blocked" }),
    };
  }
  let best = first;
  let bestLevel = roleToolLevel(first.role, connectorId, tool);
  // Stopping at `always` only saves time: a later role can only tie it, and a tie keeps the first.
  // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, see the line above
  for (let i = 1; i < held.length && bestLevel.level !== "always"; i++) {
    const candidate = held[i] as (typeof held)[number];
    const level = roleToolLevel(candidate.role, connectorId, tool);
    if (compareLevels(level.level, bestLevel.level) > 0) {
      best = candidate;
      bestLevel = level;
    }
  }
  const verb = bestLevel.level === "blocked" ? "blocks it" : `grants ${q(bestLevel.level)}`;
  const others = held.length > 1 ? (bestLevel.level === "blocked" ? ", as do all its other roles" : ", the most permissive of its roles") : "";
  return {
    level: bestLevel.level,
    because: reason({
      // CON-3 combines the roles (as the EXP-1 example cites it); a single role's answer that comes
      // from the All connectors fallback or a Custom row is CON-2's.
      rule: held.length > 1 || (bestLevel.row === "connector" && !bestLevel.custom) ? "CON-3" : "CON-2",
      says: `${heldRoleText(best)} ${verb} ${rowText(bestLevel, connectorId)}${others}`,
      role: best.role.role.id,
      ...firstVia(best),
      level: bestLevel.level,
    }),
  };
}

/**
 * Decides one tool for one member (or an unknown id, `context` undefined). The one place the rules
 * of tool levels are applied: `resolveToolLevel` and `resolveAccess` both call it.
 */
export function decideTool(
  index: OrgIndex,
  context: MemberContext | undefined,
  memberId: string,
  connectorId: string,
  tool: string,
): ToolDecision {
  const decide = (level: Level, reasons: Reason[]): ToolDecision =>
    Object.freeze({
      memberId,
      connectorId,
      tool,
      level,
      ...explain(`tool ${q(`${connectorId}/${tool}`)} for member ${q(memberId)}`, `is ${q(level)}`, reasons),
    });

  if (context === undefined) return decide("blocked", [unknownMemberReason(index, memberId)]);
  const connector = index.connectors.get(connectorId);
  if (connector === undefined) {
    return decide("blocked", [reason({ rule: "CON-7", says: `connector ${q(connectorId)} has not been added to the org` })]);
  }
  if (!connector.tools.has(tool)) {
    return decide("blocked", [reason({ rule: "CON-7", says: `connector ${q(connector.connector.name)} has no tool ${q(tool)}` })]);
  }
  // Only ids of the org reach the memo, so callers' arbitrary ids never grow it.
  let byTool = context.toolDecisions.get(connectorId);
  const known = byTool?.get(tool);
  if (known !== undefined) return known;
  const decision = decideGoverned(index, context, connectorId, tool, decide);
  if (index.mayRemember()) {
    if (byTool === undefined) context.toolDecisions.set(connectorId, (byTool = new Map()));
    byTool.set(tool, decision);
  }
  return decision;
}

function decideGoverned(
  index: OrgIndex,
  context: MemberContext,
  connectorId: string,
  tool: string,
  decide: (level: Level, reasons: Reason[]) => ToolDecision,
): ToolDecision {
  const policy = policyLevel(index, connectorId, tool);
  const reasons = mappingReasons(context);
  if (!index.org.connectorPermissionsEnabled) {
    reasons.push(reason({ rule: "CON-6", says: "connector permissions are off for the org, so role grants do not apply" }));
    reasons.push(policyReason(policy, "sets it to"));
    return decide(policy.level, reasons);
  }
  const builtIn = context.builtInRole;
  if (builtIn !== "custom") {
    const owner = builtIn === "owner" || builtIn === "primary-owner";
    reasons.push(
      reason({
        rule: owner ? "GRP-4" : "CON-5",
        says: `built-in role ${q(builtIn)} is not governed by role grants`,
        builtInRole: builtIn,
      }),
    );
    reasons.push(policyReason(policy, "sets it to"));
    return decide(policy.level, reasons);
  }

  const roles = rolesLevel(context, connectorId, tool);
  reasons.push(roles.because);
  // CON-4: the org-wide tool policy is the ceiling of every role.
  if (compareLevels(policy.level, roles.level) < 0) reasons.push(policyReason(policy, "caps it at"));
  return decide(leastPermissive(policy.level, roles.level), reasons);
}

/**
 * The effective level of one tool of one connector for one member: the hot path of a backend. It
 * answers from the org's compiled index without building the member's whole access.
 *
 * Rules:
 * - CON-2: a role's level is its row for the connector, else its All connectors row; a Custom row
 *   blocks the tools it does not list; an All connectors row set to Custom blocks every connector
 *   without its own row (connectors added later included).
 * - CON-3: across the member's roles the most permissive level wins.
 * - CON-4: the org-wide tool policy is the ceiling: effective = min(policy, roles). A connector
 *   without a policy entry is Always allow; an entry's tool override wins over its connector level.
 * - CON-5, GRP-4: role grants govern Custom-roles members only; Users, Admins, Owners and Primary
 *   Owners get the org policy level.
 * - CON-6: while connector permissions are off, every member gets the org policy level.
 * - CON-7: a connector the org has not added, a tool its connector does not list, and any id that
 *   is not a member of the org are `blocked`.
 * - GRP-1, GRP-2, GRP-3: roles come from this org's assignments to the member's counting groups,
 *   and the built-in role after group mappings.
 *
 * @param org - a parsed org (see `parseOrg`)
 * @param memberId - the member's id
 * @param connectorId - the connector's id
 * @param tool - the tool's name
 * @returns the level with its explanation (EXP-1); never throws for unknown ids
 *
 * @example
 * ```ts
 * // Role "Jira search" (via group "Support") has Jira on Custom: search_issues Needs approval.
 * resolveToolLevel(org, "u1", "jira", "search_issues").level // => "approval"
 * resolveToolLevel(org, "u1", "jira", "create_issue").level // => "blocked"
 * resolveToolLevel(org, "u1", "jira", "create_issue").summary
 * // => "tool `jira/create_issue` for member `u1` is `blocked` because role `Jira search` (via group `Support`) blocks it on its Custom row for `jira` (CON-2)"
 * ```
 */
export function resolveToolLevel(org: Org, memberId: string, connectorId: string, tool: string): ToolDecision {
  const index = indexOf(org);
  return decideTool(index, index.member(memberId), memberId, connectorId, tool);
}
