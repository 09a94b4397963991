import {
  levelLabel,
  type ConflictReport,
  type ConflictView,
  type ConnectorConflicts,
  type ConnectorGrant,
  type RoleConflict,
} from "../index.js";
import { cliWords } from "../words/cli.js";
import { alignColumns, ruleIds, shorten } from "./table.js";

/**
 * The most conflicting roles shown for one connector, as columns and in a warning: the text of a
 * report stays within a few times the size of its org, however many roles conflict (`--json` gives
 * them all).
 */
export const SHOWN_CONFLICTS = 6;

function grantText(row: "connector" | "all-connectors", grant: ConnectorGrant): string {
  const level = typeof grant === "string" ? levelLabel(grant) : "Custom";
  return row === "connector" ? `its own row, ${level}` : `its All connectors row, ${level}`;
}

/** Some items, the first few of many followed by how many more. */
function some(items: readonly string[]): string {
  const shown = items.slice(0, SHOWN_CONFLICTS).join(", ");
  return items.length > SHOWN_CONFLICTS ? `${shown} ${cliWords.andMore(items.length - SHOWN_CONFLICTS)}` : shown;
}

function viewText(view: ConflictView): string {
  if (view.conflicts.length === 0) return "no warning";
  const names = some(view.conflicts.map((conflict) => `${shorten(conflict.name)} (${shorten(conflict.roleId)})`));
  return `warning: ${names} grant${view.conflicts.length === 1 ? "s" : ""} it at a different level`;
}

function matrix(
  entry: ConnectorConflicts,
  roleId: string,
  tools: readonly string[],
  shown: readonly RoleConflict[],
): string[] {
  return alignColumns(
    [
      [
        "tool",
        shorten(roleId),
        ...shown.map((conflict) => shorten(conflict.roleId)),
        "applies: all roles",
        "applies: shared members",
      ],
      ...tools.map((tool) => [
        shorten(tool),
        String(entry.levels[tool]),
        ...shown.map((conflict) => String(conflict.levels[tool])),
        String(entry.allRoles.applying[tool]),
        String(entry.sharedMembers.applying[tool]),
      ]),
    ],
    "    ",
  );
}

function connectorText(entry: ConnectorConflicts, roleId: string): string[] {
  const tools = Object.keys(entry.levels);
  const heading = `  ${shorten(entry.name)} (${shorten(entry.connectorId)}): ${grantText(entry.row, entry.grant)}`;
  const views = alignColumns(
    [
      ["all roles", viewText(entry.allRoles), ruleIds(entry.allRoles)],
      ["shared members", viewText(entry.sharedMembers), ruleIds(entry.sharedMembers)],
    ],
    "    ",
  );
  if (tools.length === 0) return [heading, "    no tools, so no conflicts", ...views];
  return [heading, ...matrix(entry, roleId, tools, entry.allRoles.conflicts.slice(0, SHOWN_CONFLICTS)), ...views];
}

/**
 * A role's cross-role conflict warnings (CON-13), connector by connector: the role's row, a table of
 * per-tool levels (the role, the first `SHOWN_CONFLICTS` conflicting roles, and the level that
 * applies to a member holding them together), and both views of the warning: against every other
 * role, and against the roles that share a member with it. Long lists, ids and names are cut, so
 * the text stays within a few times the size of the org.
 *
 * @param report - a report of `findCrossRoleConflicts`
 * @param roleName - the role's name, for the title
 * @returns the lines to print
 */
export function formatConflicts(report: ConflictReport, roleName: string): string[] {
  return [
    `role ${shorten(roleName)} (${shorten(report.roleId)}): cross-role conflicts`,
    ...report.connectors.flatMap((entry) => connectorText(entry, report.roleId)),
    `  ${report.summary}`,
  ];
}
