import { compareLevels, type Level } from "../level.js";
import type { Org } from "../org.js";
import { compiledOf, type CompiledOrg } from "./compile.js";
import { policyEntry, policyLevel, type CompiledConnector } from "./catalog.js";
import type { ToolDecision } from "./decision.js";
import { LazyExplained, worded, type Why } from "./explained.js";
import type { ProfileTable } from "./profiles.js";
import { rulesOf, type ToolReason } from "./reason.js";
import type { RuleId } from "../rules.js";
import { toolSubject, wordToolReason } from "../words/tools.js";
import { mostPermissiveLevel, mostPermissiveRole, roleRow, roleToolLevel, rowsOn, type RowsOn } from "./roles.js";
import { keep, keptDecision } from "./strangers.js";
import { reasonsBy, unknownMemberReason, type Explaining } from "./who.js";

/** The reasons of a tool decision as data, by the very code that decided (`detailed`: with the groups). */
function reasonsOf(
  detailed: boolean,
  compiled: CompiledOrg,
  memberId: string,
  connectorId: string,
  tool: string,
): readonly ToolReason[] {
  return reasonsBy<ToolReason>(compiled, memberId, detailed, (p, why) =>
    toolLevel(compiled, p, memberId, connectorId, tool, why),
  );
}

/** A tool decision; its explanation is built from the same facts when read (one allocation a call). */
class ToolLevel extends LazyExplained implements ToolDecision {
  readonly memberId: string;
  readonly connectorId: string;
  readonly tool: string;
  readonly level: Level;
  readonly #compiled: CompiledOrg;

  constructor(compiled: CompiledOrg, memberId: string, connectorId: string, tool: string, level: Level) {
    super();
    this.memberId = memberId;
    this.connectorId = connectorId;
    this.tool = tool;
    this.level = level;
    this.#compiled = compiled;
    Object.freeze(this);
  }

  protected explain(): Why {
    return {
      subject: toolSubject(this.memberId, this.connectorId, this.tool, this.level),
      reasons: worded(reasonsOf(true, this.#compiled, this.memberId, this.connectorId, this.tool), wordToolReason),
    };
  }

  protected override ruleIds(): readonly RuleId[] {
    return rulesOf(reasonsOf(false, this.#compiled, this.memberId, this.connectorId, this.tool));
  }
}

/** The reason an org-wide tool policy level applies (CON-4). */
export function policyReason(connector: CompiledConnector, tool: string, effect: "sets" | "caps"): ToolReason {
  return {
    kind: "tool-policy",
    rule: "CON-4",
    level: policyLevel(connector, tool),
    policy: policyEntry(connector, tool),
    effect,
  };
}

/** The reason an unavailable tool is unavailable (CON-7): its connector is not added, or does not list it. */
export function unavailableReason(compiled: CompiledOrg, connectorId: string, tool: string): ToolReason {
  const connector = compiled.connectors.get(connectorId);
  if (connector === undefined) return { kind: "connector-not-added", rule: "CON-7", connectorId };
  return { kind: "tool-not-listed", rule: "CON-7", connectorId, connectorName: connector.connector.name, tool };
}

/** CON-2, CON-3: the reason for the most permissive level the member's roles give the tool. */
function rolesReason(
  table: ProfileTable,
  p: number,
  connector: CompiledConnector,
  tool: string,
  why: Explaining<ToolReason>,
): ToolReason {
  const k = mostPermissiveRole(table, p, connector, tool);
  const connectorId = connector.connector.id;
  if (k === -1) return { kind: "no-custom-role", rule: "CON-3", builtInRole: "custom" };
  const best = table.role(p, k);
  const held = table.roleCount(p);
  const { row, custom } = roleRow(best, connectorId);
  const via = why.groupsHolding(best);
  return {
    kind: "role-tool-level",
    // CON-3 combines the roles (as the EXP-1 example cites it); a single role's answer that comes
    // from the All connectors fallback or a Custom row is CON-2's.
    rule: held > 1 || (row === "connector" && !custom) ? "CON-3" : "CON-2",
    roleId: best.role.id,
    roleName: best.role.name,
    groups: via.map((group) => group.id),
    groupNames: via.map((group) => group.name),
    connectorId,
    level: roleToolLevel(best, connectorId, tool),
    row,
    custom,
    rolesHeld: held,
  };
}

/**
 * The level of a tool for a member of the org (CON-3..CON-6), pushing the reasons onto `why` when
 * asked: one code path decides and explains. The connector and the tool are known (CON-7 first).
 */
function governedLevel(
  compiled: CompiledOrg,
  p: number,
  connector: CompiledConnector,
  tool: string,
  why?: Explaining<ToolReason>,
  rows?: RowsOn,
): Level {
  const ceiling = policyLevel(connector, tool);
  why?.reasons.push(...why.mapping());
  if (!compiled.org.connectorPermissionsEnabled) {
    why?.reasons.push({ kind: "connector-permissions-off", rule: "CON-6" }, policyReason(connector, tool, "sets"));
    return ceiling;
  }
  const { table } = compiled.membership;
  if (!table.governed(p)) {
    const builtInRole = table.builtInRole(p);
    const owner = builtInRole === "owner" || builtInRole === "primary-owner";
    why?.reasons.push(
      { kind: "not-governed", rule: owner ? "GRP-4" : "CON-5", builtInRole },
      policyReason(connector, tool, "sets"),
    );
    return ceiling;
  }
  // CON-2, CON-3: the most permissive of the member's roles (their rows, when read for the whole connector).
  const roles = mostPermissiveLevel(table, p, connector, tool, rows);
  if (why !== undefined) why.reasons.push(rolesReason(table, p, connector, tool, why));
  // CON-4: the org-wide tool policy is the ceiling of every role.
  if (compareLevels(ceiling, roles) >= 0) return roles;
  why?.reasons.push(policyReason(connector, tool, "caps"));
  return ceiling;
}

/**
 * Decides one tool for one id: the one place the rules of tool levels are applied, for
 * `resolveToolLevel` and `resolveAccess` alike. Reasons are pushed onto `why` only when it is given.
 */
export function toolLevel(
  compiled: CompiledOrg,
  p: number,
  memberId: string,
  connectorId: string,
  tool: string,
  why?: Explaining<ToolReason>,
): Level {
  if (p === -1) {
    why?.reasons.push(unknownMemberReason(compiled, memberId));
    return "blocked";
  }
  const connector = compiled.connectors.get(connectorId);
  if (connector === undefined || !connector.tools.has(tool)) {
    why?.reasons.push(unavailableReason(compiled, connectorId, tool));
    return "blocked";
  }
  return governedLevel(compiled, p, connector, tool, why);
}

/** A tool decision for one id, its explanation built when read. */
export function decideTool(
  compiled: CompiledOrg,
  p: number,
  memberId: string,
  connectorId: string,
  tool: string,
): ToolDecision {
  return new ToolLevel(compiled, memberId, connectorId, tool, toolLevel(compiled, p, memberId, connectorId, tool));
}

/**
 * Every tool of one connector the org has added, for one id (profile `p`, -1 when not a member), in the
 * connector's order: what `resolveAccess` shows. The roles' rows for the connector are looked up
 * once for all of its tools; each level is {@link toolLevel}'s, by the same rule functions.
 */
export function decideConnectorTools(
  compiled: CompiledOrg,
  p: number,
  memberId: string,
  connector: CompiledConnector,
): ToolDecision[] {
  const connectorId = connector.connector.id;
  // Stryker disable next-line ConditionalExpression: a member's tools decided one by one get the same levels (the cost only)
  if (p === -1) return connector.toolList.map((tool) => decideTool(compiled, p, memberId, connectorId, tool));
  const rows = rowsOn(compiled.membership.table, p, connectorId);
  return connector.toolList.map(
    (tool) =>
      new ToolLevel(
        compiled,
        memberId,
        connectorId,
        tool,
        governedLevel(compiled, p, connector, tool, undefined, rows),
      ),
  );
}

/**
 * The effective level of one tool of one connector for one member: the hot path of a backend. It
 * answers from the compiled org in time proportional to the roles the member holds, and builds its
 * explanation only when `rules`, `reasons` or `summary` is read.
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
 * @param org - an org that `parseOrg` returned
 * @param memberId - the member's id
 * @param connectorId - the connector's id
 * @param tool - the tool's name
 * @returns the level with its explanation (EXP-1); never throws for unknown ids
 * @throws {@link OrgValidationError} when the org did not come from `parseOrg` and is not valid (IN-3)
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
  const compiled = compiledOf(org);
  const p = compiled.membership.profileOf(memberId);
  if (p !== -1) return decideTool(compiled, p, memberId, connectorId, tool);
  return (
    (keptDecision("tool", compiled, memberId, connectorId, tool) as ToolDecision | undefined) ??
    keep("tool", compiled, memberId, connectorId, tool, decideTool(compiled, p, memberId, connectorId, tool))
  );
}
