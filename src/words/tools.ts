// The words of tool decisions, Claude Code's included (EXP-1, CON-2..CON-7, CON-12).
import type { Level } from "../level.js";
import type { ReasonData, ToolReason } from "../engine/reason.js";
import { wordCommonReason } from "./common.js";
import { heldRoleText, q } from "./quote.js";

/** "tool `jira/create_issue` for member `u1` is `approval`". */
export function toolSubject(memberId: string, connectorId: string, tool: string, level: Level): string {
  return `tool ${q(`${String(connectorId)}/${String(tool)}`)} for member ${q(memberId)} is ${q(level)}`;
}

/** "Claude Code tool `jira/create_issue` is `approval`". */
export function claudeCodeSubject(connectorId: string, tool: string, level: Level): string {
  return `Claude Code tool ${q(`${String(connectorId)}/${String(tool)}`)} is ${q(level)}`;
}

type RoleToolLevel = Extract<ReasonData, { kind: "role-tool-level" }>;

function rowText(reason: RoleToolLevel): string {
  if (reason.row === "all-connectors") {
    return reason.custom
      ? "as its All connectors row is Custom and it has no row for the connector"
      : "on its All connectors row";
  }
  return reason.custom ? `on its Custom row for ${q(reason.connectorId)}` : `on its row for ${q(reason.connectorId)}`;
}

function roleToolLevelText(reason: RoleToolLevel): string {
  const blocked = reason.level === "blocked";
  const verb = blocked ? "blocks it" : `grants ${q(reason.level)}`;
  const others =
    reason.rolesHeld > 1 ? (blocked ? ", as do all its other roles" : ", the most permissive of its roles") : "";
  return `${heldRoleText(reason.roleName, reason.groupNames)} ${verb} ${rowText(reason)}${others}`;
}

function policyText(reason: Extract<ReasonData, { kind: "tool-policy" }>): string {
  if (reason.policy === null)
    return `the org-wide tool policy has no entry for the connector, so it is ${q(reason.level)}`;
  return `the org-wide tool policy entry ${q(reason.policy)} ${reason.effect === "sets" ? "sets it to" : "caps it at"} ${q(reason.level)}`;
}

/** A reason of a tool decision in words, as its `message`. One case per kind. */
export function wordToolReason(reason: ToolReason): string {
  switch (reason.kind) {
    case "connector-permissions-off":
      return "connector permissions are off for the org, so role grants do not apply";
    case "not-governed":
      return `built-in role ${q(reason.builtInRole)} is not governed by role grants`;
    case "tool-policy":
      return policyText(reason);
    case "role-tool-level":
      return roleToolLevelText(reason);
    case "managed-setting":
      return `the Claude Code managed setting is ${q(reason.level)}`;
    case "managed-setting-alone":
      return "connector permissions are off, so the managed setting alone decides";
    case "managed-setting-and-policy":
      return "connector permissions are on, so the most restrictive of the org policy and the managed setting applies";
    default:
      return wordCommonReason(reason);
  }
}
