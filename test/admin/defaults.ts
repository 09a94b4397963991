// Comparing orgs as CHG-3 does: deep-equal once every default of SPEC §1 is filled in on both sides.
import type { Org } from "../../src/index.js";

/** The org with every default of SPEC §1 filled in: absent capabilities false (so dropped), rows, policy, spend, mappings. */
export function withDefaults(org: Org): unknown {
  return {
    ...org,
    capabilities: Object.fromEntries(Object.entries(org.capabilities).filter(([, on]) => on)),
    roles: org.roles.map((role) => ({
      ...role,
      connectors: { all: role.connectors.all, byConnector: role.connectors.byConnector ?? {} },
    })),
    toolPolicy: Object.fromEntries(
      Object.entries(org.toolPolicy ?? {}).map(([id, entry]) => [
        id,
        { level: entry.level ?? "always", tools: entry.tools ?? {} },
      ]),
    ),
    spend: { ...org.spend, multiGroup: org.spend?.multiGroup ?? "lowest", groupLimits: org.spend?.groupLimits ?? [] },
    groupMappings: { enabled: org.groupMappings?.enabled ?? false, mappings: org.groupMappings?.mappings ?? [] },
  };
}

/** The org with each assignment and each group's member ids listed once (the first time): repeats grant nothing (IN-2). */
export function withoutRepeats(org: Org): Org {
  const seen = new Set<string>();
  const roleAssignments = org.roleAssignments.filter((a) => {
    const key = JSON.stringify([a.groupId, a.roleId]);
    return !seen.has(key) && Boolean(seen.add(key));
  });
  return { ...org, roleAssignments, groups: org.groups.map((g) => ({ ...g, members: [...new Set(g.members)] })) };
}
