// resolveToolLevel as the browser entry answers it: the rules of tool levels (CON-2..CON-7) applied
// to the org as given, read through plain maps (./orgMaps.ts), with no compiled index, so that a
// frontend bundle carries only this. The same decisions and the same reasons, word for word, as the
// engine's (src/engine/tools.ts), which a backend holds for its speed: test/scan checks the two agree.
import { compareLevels, type Level } from "../level.js";
import type { ConnectorGrant, CustomRole, Org } from "../org.js";
import type { ToolDecision } from "../engine/decision.js";
import { LazyExplained, worded, type Why } from "../engine/explained.js";
import type { ToolReason } from "../engine/reason.js";
import { toolSubject, wordToolReason } from "../words/tools.js";
import { connectorOf, mappingReasons, memberFacts } from "./orgMaps.js";
import { own, scannable } from "./read.js";

/** CON-2: a role's own row for a connector, if it has one. */
function ownRow(role: CustomRole, connectorId: string): ConnectorGrant | undefined {
  return own(role.connectors.byConnector, connectorId);
}

/**
 * CON-2: the level a role gives a tool: its own row for the connector, else its All connectors row.
 * A Custom row blocks the tools it does not list; an All connectors row set to Custom blocks every
 * connector without its own row.
 */
function roleLevel(role: CustomRole, connectorId: string, tool: string): Level {
  const grant = ownRow(role, connectorId) ?? role.connectors.all;
  // INVARIANT: an All connectors row set to Custom lists no tool (parseOrg refuses one that does).
  return typeof grant === "string" ? grant : (own(grant.custom, tool) ?? "blocked");
}

/**
 * Decides one tool for one id by the rules of src/engine/tools.ts, in the same order, pushing the
 * same reasons onto `why` when it is given.
 */
function scanToolLevel(org: Org, memberId: string, connectorId: string, tool: string, why?: ToolReason[]): Level {
  const facts = memberFacts(org, memberId);
  const connector = connectorOf(org, connectorId);
  // CON-7: an id that is not a member, a connector not added, a tool its connector does not list.
  if (facts === undefined) why?.push({ kind: "unknown-member", rule: "CON-7", memberId, orgId: org.id });
  else if (connector === undefined) why?.push({ kind: "connector-not-added", rule: "CON-7", connectorId });
  else if (!connector.tools.has(tool))
    why?.push({
      kind: "tool-not-listed",
      rule: "CON-7",
      connectorId,
      connectorName: connector.connector.name,
      tool,
    });
  if (facts === undefined || connector === undefined || !connector.tools.has(tool)) return "blocked";
  // CON-4: the org-wide tool policy entry, a tool's own level first; a connector without one is `always`.
  const entry = own(org.toolPolicy, connectorId);
  const toolLevel = own(entry?.tools, tool);
  const ceiling = toolLevel ?? entry?.level ?? "always";
  const policy = (effect: "sets" | "caps"): ToolReason => ({
    kind: "tool-policy",
    rule: "CON-4",
    level: ceiling,
    policy: entry === undefined ? null : toolLevel === undefined ? connectorId : `${connectorId}/${tool}`,
    effect,
  });
  const { builtInRole } = facts;
  why?.push(...mappingReasons(facts));
  // CON-6: while connector permissions are off, every member gets the org policy level.
  if (!org.connectorPermissionsEnabled) {
    why?.push({ kind: "connector-permissions-off", rule: "CON-6" }, policy("sets"));
    return ceiling;
  }
  // CON-5, GRP-4: role grants govern Custom-roles members only.
  if (builtInRole !== "custom") {
    const owner = builtInRole === "owner" || builtInRole === "primary-owner";
    why?.push({ kind: "not-governed", rule: owner ? "GRP-4" : "CON-5", builtInRole }, policy("sets"));
    return ceiling;
  }
  // CON-3: the most permissive of the member's roles (`blocked` when none); the first giving it is named.
  let roles: Level = "blocked";
  let named: (typeof facts.roles)[number] | undefined;
  for (const held of facts.roles) {
    const level = roleLevel(held[0], connectorId, tool);
    if (named === undefined || compareLevels(level, roles) > 0) {
      roles = level;
      named = held;
    }
  }
  if (named === undefined) why?.push({ kind: "no-custom-role", rule: "CON-3", builtInRole });
  else if (why !== undefined) {
    const [role, via] = named;
    const mine = ownRow(role, connectorId);
    const custom = typeof (mine ?? role.connectors.all) !== "string";
    const held = facts.roles.length;
    why.push({
      kind: "role-tool-level",
      // CON-3 combines the roles; a single role's answer from All connectors or a Custom row is CON-2's.
      rule: held > 1 || (mine !== undefined && !custom) ? "CON-3" : "CON-2",
      roleId: role.id,
      roleName: role.name,
      groups: via.map((group) => group.id),
      groupNames: via.map((group) => group.name),
      connectorId,
      level: roles,
      row: mine === undefined ? "all-connectors" : "connector",
      custom,
      rolesHeld: held,
    });
  }
  if (compareLevels(ceiling, roles) >= 0) return roles;
  why?.push(policy("caps"));
  return ceiling;
}

/** A tool decision found through the org's maps; its explanation is found again, with its reasons, when read. */
class ScannedToolLevel extends LazyExplained implements ToolDecision {
  readonly memberId: string;
  readonly connectorId: string;
  readonly tool: string;
  readonly level: Level;
  readonly #org: Org;

  constructor(org: Org, memberId: string, connectorId: string, tool: string) {
    super();
    this.memberId = memberId;
    this.connectorId = connectorId;
    this.tool = tool;
    this.level = scanToolLevel(org, memberId, connectorId, tool);
    this.#org = org;
    Object.freeze(this);
  }

  protected explain(): Why {
    const reasons: ToolReason[] = [];
    scanToolLevel(this.#org, this.memberId, this.connectorId, this.tool, reasons);
    return {
      subject: toolSubject(this.memberId, this.connectorId, this.tool, this.level),
      reasons: worded(reasons, wordToolReason),
    };
  }
}

/**
 * The effective level of one tool of one connector for one member, as a frontend asks it: the same
 * decision and explanation as the main entry's `resolveToolLevel`, read through plain maps built by
 * one pass over the org on its first question (a member's groups and roles found when first asked,
 * both kept with the org), with no compiled index, so that a bundle of it is small. A backend imports
 * the main entry, whose compiled index shares one answer set among members with the same roles.
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
 * @throws TypeError when the org did not come from `parseOrg` (IN-3: the browser entry carries no parser to validate it)
 *
 * @example
 * ```ts
 * // Role "Jira search" (via group "Support") has Jira on Custom: search_issues Needs approval.
 * resolveToolLevel(org, "u1", "jira", "search_issues").level // => "approval"
 * resolveToolLevel(org, "u1", "jira", "create_issue").summary
 * // => "tool `jira/create_issue` for member `u1` is `blocked` because role `Jira search` (via group `Support`) blocks it on its Custom row for `jira` (CON-2)"
 * ```
 */
export function resolveToolLevel(org: Org, memberId: string, connectorId: string, tool: string): ToolDecision {
  return new ScannedToolLevel(scannable(org), memberId, connectorId, tool);
}
