// Renders every answer the engine gives about an org as plain text, one decision per line with its
// reasons' data beneath: the "explanation book" of the org. The golden files under __golden__/ are
// these books; reviewing a diff of one is reviewing what auditors and users would read.
import {
  KNOWN_CAPABILITIES,
  LEVELS,
  RULES,
  findCrossRoleConflicts,
  resolveCapability,
  resolveAccess,
  resolveClaudeCodeToolLevel,
  resolveSpendLimit,
  resolveToolLevel,
} from "../../src/index.js";
import type { Explained, Org, Reason } from "../../src/index.js";

/** An id no example org uses, for the fail-closed answers (CON-7, IN-2). */
export const STRANGER = "not-in-this-org";

function reasonLine({ rule, kind, message, ...data }: Reason): string {
  // `message` (unused here) is already in the summary; the kind and its data (role, groups, level,
  // policy, …) are pinned here.
  void message;
  const fields = Object.entries(data).map(([key, value]) => `${key}=${JSON.stringify(value)}`);
  return `    - ${rule} ${kind}${fields.length > 0 ? ` ${fields.join(" ")}` : ""}`;
}

function decision(label: string, explained: Explained): string[] {
  return [
    `  ${label}: ${explained.summary}`,
    `    rules: ${explained.rules.join(", ")}`,
    ...explained.reasons.map(reasonLine),
  ];
}

function memberChapter(org: Org, memberId: string): string[] {
  const access = resolveAccess(org, memberId);
  const lines = [
    `## member ${memberId}`,
    ...decision("access", access),
    `  known=${access.known} builtInRole=${access.builtInRole} storedRole=${access.storedRole} seat=${access.seat} governed=${access.governedByCustomRoles}`,
    `  mappedVia=${access.mappedVia.join(",")} menu=${access.menu.join(",")}`,
    ...access.groups.map(
      (g) => `  group ${g.groupId} (${g.name}) source=${g.source} countsForRoles=${g.countsForRoles}`,
    ),
    ...access.roles.map((r) => `  role ${r.roleId} (${r.name}) via=${r.via.join(",")}`),
  ];
  for (const capability of access.capabilities) {
    lines.push(
      ...decision(
        `capability ${capability.capability} orgEnabled=${capability.orgEnabled} granted=${capability.granted}`,
        capability,
      ),
    );
  }
  lines.push(...decision(`capability not-a-capability`, resolveCapability(org, memberId, "not-a-capability")));
  lines.push(...decision(`landing page ${access.landingPage.page}`, access.landingPage));
  for (const connector of access.connectors) {
    lines.push(`  connector ${connector.connectorId} (${connector.name}) inMenu=${connector.inMenu}`);
    for (const tool of connector.tools)
      lines.push(...decision(`tool ${tool.connectorId}/${tool.tool} ${tool.level}`, tool));
  }
  const first = org.connectors[0];
  if (first !== undefined) {
    const unlisted = resolveToolLevel(org, memberId, first.id, "not-a-tool");
    lines.push(...decision(`tool ${first.id}/not-a-tool ${unlisted.level}`, unlisted));
  }
  const missing = resolveToolLevel(org, memberId, "not-a-connector", "search");
  lines.push(...decision(`tool not-a-connector/search ${missing.level}`, missing));
  const spend = resolveSpendLimit(org, memberId);
  lines.push(
    ...decision(`spend ${spend.status} limit=${spend.limit} source=${spend.source} group=${spend.groupId}`, spend),
  );
  return lines;
}

function conflictChapter(org: Org, roleId: string): string[] {
  const report = findCrossRoleConflicts(org, roleId);
  const lines = [`## conflicts of role ${roleId}`, ...decision(`report known=${report.known}`, report)];
  const first = org.connectors[0];
  if (first !== undefined)
    lines.push(...decision(`asked about ${first.id} only`, findCrossRoleConflicts(org, roleId, first.id)));
  lines.push(...decision("asked about not-a-connector", findCrossRoleConflicts(org, roleId, "not-a-connector")));
  for (const row of report.connectors) {
    lines.push(
      `  connector ${row.connectorId} (${row.name}) row=${row.row} grant=${JSON.stringify(row.grant)} levels=${JSON.stringify(row.levels)}`,
    );
    for (const [view, result] of [
      ["allRoles", row.allRoles],
      ["sharedMembers", row.sharedMembers],
    ] as const) {
      lines.push(...decision(`${view} applying=${JSON.stringify(result.applying)}`, result));
      for (const conflict of result.conflicts) lines.push(`    conflict ${JSON.stringify(conflict)}`);
    }
  }
  return lines;
}

function claudeCodeChapter(org: Org): string[] {
  const lines = ["## Claude Code"];
  const questions = org.connectors.flatMap((c) => [...c.tools, "not-a-tool"].map((tool) => [c.id, tool] as const));
  questions.push(["not-a-connector", "search"]);
  for (const [connectorId, tool] of questions) {
    for (const managed of LEVELS) {
      const answer = resolveClaudeCodeToolLevel(org, connectorId, tool, managed);
      lines.push(...decision(`${connectorId}/${tool} managed=${managed} ${answer.level}`, answer));
    }
  }
  return lines;
}

/** The whole book of an org: every member (and a stranger), every role's conflicts, Claude Code. */
export function explanationBook(org: Org): string {
  const memberIds = [...org.members.map((m) => m.id), STRANGER];
  const roleIds = [...org.roles.map((r) => r.id), STRANGER];
  return [
    `# ${org.id}`,
    ...memberIds.flatMap((id) => memberChapter(org, id)),
    ...roleIds.flatMap((id) => conflictChapter(org, id)),
    ...claudeCodeChapter(org),
    "",
  ].join("\n");
}

/** Only the spend limits of every member (and a stranger): for variants that change spend settings. */
export function spendBook(org: Org): string {
  const lines = [`# ${org.id}: spend limits`];
  for (const memberId of [...org.members.map((m) => m.id), STRANGER]) {
    const spend = resolveSpendLimit(org, memberId);
    lines.push(
      ...decision(
        `${memberId} ${spend.status} limit=${spend.limit} source=${spend.source} group=${spend.groupId}`,
        spend,
      ),
    );
  }
  return [...lines, ""].join("\n");
}

/** Every member's access, roles and first tool: for variants that change groups, mappings and assignments. */
export function membershipBook(org: Org): string {
  const lines = [`# ${org.id}: memberships`];
  const first = org.connectors[0];
  for (const memberId of org.members.map((m) => m.id)) {
    const access = resolveAccess(org, memberId);
    lines.push(`## member ${memberId}`, ...decision("access", access));
    lines.push(
      `  builtInRole=${access.builtInRole} storedRole=${access.storedRole} mappedVia=${access.mappedVia.join(",")}`,
    );
    lines.push(...access.roles.map((r) => `  role ${r.roleId} (${r.name}) via=${r.via.join(",")}`));
    const tool = first?.tools[0];
    if (first !== undefined && tool !== undefined)
      lines.push(...decision(`tool ${first.id}/${tool}`, resolveToolLevel(org, memberId, first.id, tool)));
  }
  return [...lines, ""].join("\n");
}

/** The rulebook as the library states it: every rule id with its title, and the known capabilities. */
export function rulebook(): string {
  return [
    ...Object.entries(RULES).map(([id, title]) => `${id}: ${title}`),
    `known capabilities: ${KNOWN_CAPABILITIES.join(", ")}`,
    "",
  ].join("\n");
}
