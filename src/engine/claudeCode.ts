import { isLevel, leastPermissive, type Level } from "../level.js";
import type { Org } from "../org.js";
import { policyLevel } from "./catalog.js";
import { compiledOf, type CompiledOrg } from "./compile.js";
import type { ToolDecision } from "./decision.js";
import { ExplainedBy, worded, type Why } from "./explained.js";
import type { ToolReason } from "./reason.js";
import { claudeCodeSubject, wordToolReason } from "../words/tools.js";
import { policyReason, unavailableReason } from "./tools.js";

/** A Claude Code tool decision, for every member; its explanation is built when read. */
class ClaudeCodeLevel extends ExplainedBy implements ToolDecision {
  readonly connectorId: string;
  readonly tool: string;
  readonly level: Level;

  constructor(connectorId: string, tool: string, level: Level, why: () => Why) {
    super(why);
    this.connectorId = connectorId;
    this.tool = tool;
    this.level = level;
    Object.freeze(this);
  }
}

/** CON-12 (and CON-7, CON-4 while connector permissions are on), pushing the reasons onto `why`. */
function claudeCodeLevel(
  compiled: CompiledOrg,
  connectorId: string,
  tool: string,
  managed: Level,
  why: ToolReason[],
): Level {
  const setting: ToolReason = { kind: "managed-setting", rule: "CON-12", level: managed };
  if (!compiled.org.connectorPermissionsEnabled) {
    why.push({ kind: "managed-setting-alone", rule: "CON-12" }, setting);
    return managed;
  }
  const connector = compiled.connectors.get(connectorId);
  if (connector === undefined || !connector.tools.has(tool)) {
    why.push(unavailableReason(compiled, connectorId, tool));
    return "blocked";
  }
  why.push({ kind: "managed-setting-and-policy", rule: "CON-12" }, policyReason(connector, tool, "sets"), setting);
  return leastPermissive(policyLevel(connector, tool), managed);
}

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
 * @param org - an org that `parseOrg` returned
 * @param connectorId - the connector's id
 * @param tool - the tool's name
 * @param managedLevel - the level the Claude Code managed settings give the tool (allow = `"always"`,
 *   ask = `"approval"`, deny = `"blocked"`)
 * @returns the level with its explanation (EXP-1)
 * @throws {@link OrgValidationError} when the org did not come from `parseOrg` and is not valid (IN-3)
 *
 * @example
 * ```ts
 * // The org policy sets jira/create_issue to Needs approval; connector permissions are on.
 * resolveClaudeCodeToolLevel(org, "jira", "create_issue", "always").level // => "approval"
 * resolveClaudeCodeToolLevel(org, "jira", "create_issue", "blocked").level // => "blocked"
 * ```
 */
export function resolveClaudeCodeToolLevel(
  org: Org,
  connectorId: string,
  tool: string,
  managedLevel: Level,
): ToolDecision {
  const compiled = compiledOf(org);
  const managed: Level = isLevel(managedLevel) ? managedLevel : "blocked";
  const reasons: ToolReason[] = [];
  const level = claudeCodeLevel(compiled, connectorId, tool, managed, reasons);
  return new ClaudeCodeLevel(connectorId, tool, level, () => ({
    subject: claudeCodeSubject(connectorId, tool, level),
    reasons: worded(reasons, wordToolReason),
  }));
}
