// Helpers of the plan tests: orgs compared up to section 1's defaults (CHG-3), and random targets.
import fc from "fast-check";
import { parseOrg, type Org } from "../../src/index.js";
import { arbOrg } from "../arbitraries.js";

type Json = Record<string, unknown>;

function mapValues<T, U>(record: Readonly<Record<string, T>> | undefined, f: (value: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record ?? {}).map(([key, value]) => [key, f(value)]));
}

/** An org with every default of section 1 filled in, as CHG-3 compares orgs. */
export function withDefaults(org: Org): Json {
  return {
    ...org,
    capabilities: Object.fromEntries(Object.entries(org.capabilities).filter(([, on]) => on === true)),
    toolPolicy: mapValues(org.toolPolicy, (entry) => ({ level: entry.level ?? "always", tools: entry.tools ?? {} })),
    roles: org.roles.map((role) => ({
      ...role,
      connectors: { all: role.connectors.all, byConnector: role.connectors.byConnector ?? {} },
    })),
    groupMappings: { enabled: org.groupMappings?.enabled ?? false, mappings: org.groupMappings?.mappings ?? [] },
    spend: { ...org.spend, multiGroup: org.spend?.multiGroup ?? "lowest", groupLimits: org.spend?.groupLimits ?? [] },
  };
}

const FIXED = ["id", "parentId", "billing", "seatPlan", "provisioning"] as const;

/**
 * A parsed org and a parsed target that a plan can reach: the target is another random org that
 * keeps the first one's fixed fields (PLN-1), or the first with parts of the other, so that the two
 * share members, groups and roles.
 */
export function arbMigration(): fc.Arbitrary<readonly [Org, Org]> {
  return fc
    .tuple(
      arbOrg(),
      arbOrg(),
      fc.subarray([
        "roles",
        "groups",
        "roleAssignments",
        "members",
        "capabilities",
        "connectors",
        "toolPolicy",
        "spend",
        "groupMappings",
        "connectorPermissionsEnabled",
      ] as const),
    )
    .map(([a, b, parts]) => {
      // An org that repeats an assignment is reached only by keeping it (PLN-1): each pair once.
      const once = (assignments: Org["roleAssignments"]) => [
        ...new Map(assignments.map((x) => [JSON.stringify([x.groupId, x.roleId]), x] as const)).values(),
      ];
      const before = parseOrg(JSON.parse(JSON.stringify({ ...a, roleAssignments: once(a.roleAssignments) })));
      const fixed = Object.fromEntries(FIXED.map((field) => [field, a[field]]));
      const taken = Object.fromEntries(parts.map((part) => [part, b[part]]));
      const target = parts.length === 0 ? { ...b, ...fixed } : { ...JSON.parse(JSON.stringify(before)), ...taken };
      const { parentId: _drop, ...rest } = target as Org;
      const reachable = {
        ...rest,
        roleAssignments: once(rest.roleAssignments),
        ...(a.parentId === undefined ? {} : { parentId: a.parentId }),
      };
      return [before, parseOrg(JSON.parse(JSON.stringify(reachable)))] as const;
    });
}
