// Every engine function asked every question about an org, the answers summarised as plain data with
// ids mapped back through a renaming: equal summaries = the same answers under other names.
import {
  capabilityUiState,
  effectiveApproval,
  enableConnectorPermissions,
  findCrossRoleConflicts,
  resolveCapability,
  resolveAccess,
  resolveClaudeCodeToolLevel,
  resolveSpendLimit,
  resolveToolLevel,
  toolUiState,
} from "../../src/index.js";
import type { ConflictView, Level, Org } from "../../src/index.js";
import { MODEL_KNOWN_CAPABILITIES } from "../model/capabilities.js";
import type { IdKind, Renaming } from "./rename.js";
import { idsOf } from "./rename.js";

const LEVELS: readonly Level[] = ["always", "approval", "blocked"];

/** Sorted `[key, value]` pairs of a per-tool record, keys mapped back. */
function entriesBack(record: Readonly<Record<string, Level>>, back: (id: string) => string): [string, Level][] {
  return Object.entries(record)
    .map(([k, v]): [string, Level] => [back(k), v])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Asks every engine function about `org` (whose ids are `r.to` of the ids of `plain`) and returns
 * the answers with ids mapped back by `r.back`. `inspect` sees every raw result.
 */
export function askAll(
  plain: Org,
  org: Org,
  r: Renaming,
  inspect: (result: unknown) => void = () => undefined,
): unknown {
  const ids = (kind: IdKind): readonly string[] => idsOf(plain, kind);
  const back = (kind: IdKind) => (id: string) => r.back(kind, id);
  const members = ids("member");
  const capabilities = [...new Set([...MODEL_KNOWN_CAPABILITIES, ...ids("capability")])];
  const pairs = [
    ...plain.connectors.flatMap((c) =>
      [
        ...c.tools,
        ...ids("tool")
          .filter((t) => !c.tools.includes(t))
          .slice(0, 2),
      ].map((tool) => [c.id, tool] as const),
    ),
    ...ids("connector")
      .filter((c) => !plain.connectors.some((added) => added.id === c))
      .map((c) => [c, ids("tool")[0] ?? "ghost-tool"] as const),
  ];
  const call = <T>(result: T): T => {
    inspect(result);
    return result;
  };
  const view = (v: ConflictView) => ({
    conflicts: v.conflicts.map((c) => ({
      roleId: r.back("role", c.roleId),
      levels: entriesBack(c.levels, back("tool")),
      row: c.row,
    })),
    applying: entriesBack(v.applying, back("tool")),
  });
  const summary: Record<string, unknown> = {};
  for (const m of members) {
    const mt = r.to("member", m);
    summary[`capabilities ${m}`] = capabilities.map((c) => {
      const d = call(resolveCapability(org, mt, r.to("capability", c)));
      return [d.granted, d.orgEnabled];
    });
    summary[`tools ${m}`] = pairs.map(
      ([c, t]) => call(resolveToolLevel(org, mt, r.to("connector", c), r.to("tool", t))).level,
    );
    const spend = call(resolveSpendLimit(org, mt));
    summary[`spend ${m}`] = [
      spend.status,
      spend.limit,
      spend.source,
      spend.groupId === null ? null : r.back("group", spend.groupId),
    ];
    const access = call(resolveAccess(org, mt));
    summary[`access ${m}`] = {
      known: access.known,
      builtInRole: access.builtInRole,
      storedRole: access.storedRole,
      mappedVia: access.mappedVia.map(back("group")),
      seat: access.seat,
      governed: access.governedByCustomRoles,
      groups: access.groups.map((g) => [r.back("group", g.groupId), g.source, g.countsForRoles]),
      roles: access.roles.map((h) => [r.back("role", h.roleId), h.via.map(back("group"))]),
      capabilities: access.capabilities
        .map((d) => [r.back("capability", d.capability), d.granted, d.orgEnabled] as const)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      landing: access.landingPage.page,
      capabilityUi: access.capabilities
        .map((d) => call(capabilityUiState(d)))
        .map((ui) => [r.back("capability", ui.capability), ui.state, ui.message] as const)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      connectors: access.connectors.map((c) => [
        r.back("connector", c.connectorId),
        c.inMenu,
        c.tools.map((t) => {
          const ui = call(toolUiState(t));
          return [
            r.back("tool", t.tool),
            t.level,
            ui.approvalOptions,
            ui.greyedOut,
            ui.message,
            (["always", "ask", "never"] as const).map((choice) => effectiveApproval(t, choice)),
          ];
        }),
      ]),
      menu: access.menu.map(back("connector")),
    };
  }
  for (const role of ids("role")) {
    const rt = r.to("role", role);
    const whole = call(findCrossRoleConflicts(org, rt));
    summary[`conflicts ${role}`] = [whole.known, whole.connectors.map((c) => r.back("connector", c.connectorId))];
    for (const connector of ids("connector")) {
      const report = call(findCrossRoleConflicts(org, rt, r.to("connector", connector)));
      summary[`conflicts ${role} ${connector}`] = report.connectors.map((c) => ({
        connectorId: r.back("connector", c.connectorId),
        row: c.row,
        levels: entriesBack(c.levels, back("tool")),
        allRoles: view(c.allRoles),
        sharedMembers: view(c.sharedMembers),
      }));
    }
  }
  const enabled = call(enableConnectorPermissions({ ...org, connectorPermissionsEnabled: false }));
  summary["enabled roles"] = enabled.roles.map((role) => [r.back("role", role.id), role.connectors]);
  summary["claude code"] = pairs.map(([c, t]) =>
    LEVELS.map(
      (managed) => call(resolveClaudeCodeToolLevel(org, r.to("connector", c), r.to("tool", t), managed)).level,
    ),
  );
  return summary;
}
