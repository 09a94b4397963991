import { levelLabel, type ConflictReport, type ConflictView, type ConnectorConflicts, type ConnectorGrant } from "../index.js";
import { alignColumns, ruleIds } from "./table.js";

function grantText(row: "connector" | "all-connectors", grant: ConnectorGrant): string {
  const level = typeof grant === "string" ? levelLabel(grant) : "Custom";
  return row === "connector" ? `its own row, ${level}` : `its All connectors row, ${level}`;
}

function viewText(view: ConflictView): string {
  if (view.conflicts.length === 0) return "no warning";
  const names = view.conflicts.map((conflict) => `${conflict.name} (${conflict.roleId})`).join(", ");
  return `warning: ${names} grant${view.conflicts.length === 1 ? "s" : ""} it at a different level`;
}

function connectorText(entry: ConnectorConflicts, roleId: string): string[] {
  const tools = Object.keys(entry.levels);
  const heading = `  ${entry.name} (${entry.connectorId}): ${grantText(entry.row, entry.grant)}`;
  const views = alignColumns(
    [
      ["all roles", viewText(entry.allRoles), ruleIds(entry.allRoles)],
      ["shared members", viewText(entry.sharedMembers), ruleIds(entry.sharedMembers)],
    ],
    "    ",
  );
  if (tools.length === 0) return [heading, "    no tools, so no conflicts", ...views];
  const others = entry.allRoles.conflicts;
  const matrix = alignColumns(
    [
      ["tool", roleId, ...others.map((conflict) => conflict.roleId), "applies: all roles", "applies: shared members"],
      ...tools.map((tool) => [
        tool,
        String(entry.levels[tool]),
        ...others.map((conflict) => String(conflict.levels[tool])),
        String(entry.allRoles.applying[tool]),
        String(entry.sharedMembers.applying[tool]),
      ]),
    ],
    "    ",
  );
  return [heading, ...matrix, ...views];
}

/**
 * A role's cross-role conflict warnings (CON-13), connector by connector: the role's row, a table of
 * per-tool levels (the role, each conflicting role, and the level that applies to a member holding
 * them together), and both views of the warning: against every other role, and against the roles
 * that share a member with it.
 *
 * @param report - a report of `findCrossRoleConflicts`
 * @param roleName - the role's name, for the title
 * @returns the text to print
 */
export function formatConflicts(report: ConflictReport, roleName: string): string {
  return [
    `role ${roleName} (${report.roleId}): cross-role conflicts`,
    ...report.connectors.flatMap((entry) => connectorText(entry, report.roleId)),
    `  ${report.summary}`,
  ].join("\n");
}
