import { isLevel, leastPermissive, type Level } from "../level.js";
import type { Org } from "../org.js";
import type { Reason, ToolDecision } from "./decision.js";
import { indexOf } from "./compile.js";
import { explain, q, reason } from "./explain.js";
import { policyLevel, policyReason } from "./tools.js";

/**
 * The level of a connector tool in Claude Code, for every member of the org, given the Claude Code
 * Managed Settings level for that tool.
 *
 * Rules:
 * - CON-12: while connector permissions are enabled, the org-wide tool policy also applies to Claude
 *   Code and can only narrow it: level = min(org policy level, managed setting level). While they
 *   are off, the managed setting alone decides, for any connector.
 * - CON-7: with connector permissions enabled, a connector the org has not added, or a tool it does
 *   not list, is `blocked`.
 * - CON-4: the org policy level of a tool (a connector without an entry is Always allow).
 *
 * Fail closed: a managed level that is not one of the three levels counts as `blocked`.
 *
 * @param org - a parsed org (see `parseOrg`)
 * @param connectorId - the connector's id
 * @param tool - the tool's name
 * @param managedLevel - the level the Claude Code managed settings give the tool (allow = `"always"`,
 *   ask = `"approval"`, deny = `"blocked"`)
 * @returns the level with its explanation (EXP-1)
 *
 * @example
 * ```ts
 * // The org policy sets jira/create_issue to Needs approval; connector permissions are on.
 * resolveClaudeCodeToolLevel(org, "jira", "create_issue", "always").level // => "approval"
 * resolveClaudeCodeToolLevel(org, "jira", "create_issue", "blocked").level // => "blocked"
 * ```
 */
export function resolveClaudeCodeToolLevel(org: Org, connectorId: string, tool: string, managedLevel: Level): ToolDecision {
  const index = indexOf(org);
  const managed: Level = isLevel(managedLevel) ? managedLevel : "blocked";
  const decide = (level: Level, reasons: Reason[]): ToolDecision =>
    Object.freeze({ connectorId, tool, level, ...explain(`Claude Code tool ${q(`${connectorId}/${tool}`)}`, `is ${q(level)}`, reasons) });
  const managedReason = reason({ rule: "CON-12", says: `the Claude Code managed setting is ${q(managed)}`, level: managed });

  if (!org.connectorPermissionsEnabled) {
    return decide(managed, [
      reason({ rule: "CON-12", says: "connector permissions are off, so the managed setting alone decides" }),
      managedReason,
    ]);
  }
  const connector = index.connectors.get(connectorId);
  if (connector === undefined) {
    return decide("blocked", [reason({ rule: "CON-7", says: `connector ${q(connectorId)} has not been added to the org` })]);
  }
  if (!connector.tools.has(tool)) {
    return decide("blocked", [reason({ rule: "CON-7", says: `connector ${q(connector.connector.name)} has no tool ${q(tool)}` })]);
  }
  const policy = policyLevel(index, connectorId, tool);
  return decide(leastPermissive(policy.level, managed), [
    reason({ rule: "CON-12", says: "connector permissions are on, so the most restrictive of the org policy and the managed setting applies" }),
    policyReason(policy, "sets it to"),
    managedReason,
  ]);
}
