// Orgs for the diff and plan tests, parsed as a caller would get them (parseOrg), so the engine
// answers them.
import fc from "fast-check";
import { parseOrg, type Org } from "../../src/index.js";
import { arbOrg } from "../arbitraries.js";

/** A small usage-billed org in the guide's words, before any custom-role migration. */
export const GUIDE_JSON = {
  id: "acme",
  billing: "usage",
  seatPlan: "standard",
  provisioning: "scim",
  capabilities: { chat: true, projects: true, web_search: true, cowork: true, claude_code: true, code_execution: true },
  connectorPermissionsEnabled: true,
  connectors: [
    { id: "jira", name: "Jira", tools: ["search_issues", "create_issue"] },
    { id: "github", name: "GitHub", tools: ["list_repos"] },
  ],
  toolPolicy: { jira: { tools: { create_issue: "approval" } } },
  roles: [
    {
      id: "eng",
      name: "Engineering",
      capabilities: ["chat", "claude_code"],
      connectors: { all: "approval", byConnector: { github: "always" } },
    },
    { id: "mkt", name: "Marketing", capabilities: ["chat", "cowork", "web_search"], connectors: { all: "blocked" } },
  ],
  groups: [
    { id: "g-eng", name: "Engineering", source: "manual", members: ["u-eng", "u-eng2"] },
    { id: "g-mkt", name: "Marketing", source: "manual", members: ["u-mkt"] },
  ],
  roleAssignments: [
    { groupId: "g-eng", roleId: "eng" },
    { groupId: "g-mkt", roleId: "mkt" },
  ],
  members: [
    { id: "u-eng", email: "ana@acme.test", role: "custom" },
    { id: "u-eng2", email: "ben@acme.test", role: "custom" },
    { id: "u-mkt", email: "cy@acme.test", role: "custom" },
    { id: "u-user", email: "dee@acme.test", role: "user" },
    { id: "u-owner", email: "eve@acme.test", role: "owner" },
  ],
  spend: { orgLimit: 100000, groupLimits: [{ groupId: "g-eng", limit: 5000 }] },
} as const;

type Json = Record<string, unknown>;

/** The guide org with some top-level fields replaced, parsed. */
export function guide(over: Json = {}): Org {
  return parseOrg({ ...GUIDE_JSON, ...over });
}

/** The guide org's JSON with one role replaced (by id). */
export function withRole(id: string, role: Json): Json {
  return { roles: GUIDE_JSON.roles.map((r) => (r.id === id ? { ...r, ...role } : r)) };
}

const PARTS = [
  "capabilities",
  "connectors",
  "toolPolicy",
  "roles",
  "groups",
  "roleAssignments",
  "groupMappings",
  "members",
  "spend",
  "connectorPermissionsEnabled",
  "seatPlan",
  "billing",
  "provisioning",
] as const;

/** `org` with some of its parts taken from `other`, and its roles rewritten in place from `other`'s (same ids). */
function mix(org: Org, other: Org, parts: readonly (typeof PARTS)[number][], rewriteRoles: boolean): Org {
  const taken = Object.fromEntries(parts.flatMap((part) => (other[part] === undefined ? [] : [[part, other[part]]])));
  const mixed = { ...org, ...taken } as Org;
  if (!rewriteRoles) return mixed;
  return { ...mixed, roles: mixed.roles.map((role, i) => ({ ...(other.roles[i] ?? role), id: role.id })) };
}

/**
 * Two orgs that share members and parts: the second is the first with some parts, or its roles'
 * contents, taken from a third; both parsed. Sometimes the very same org twice.
 */
export function arbOrgPair(): fc.Arbitrary<readonly [Org, Org]> {
  return fc
    .tuple(arbOrg(), arbOrg(), fc.subarray([...PARTS]), fc.boolean(), fc.boolean())
    .map(([a, c, parts, rewrite, same]) => {
      const before = parseOrg(JSON.parse(JSON.stringify(a)));
      if (same) return [before, before] as const;
      return [before, parseOrg(JSON.parse(JSON.stringify(mix(a, c, parts, rewrite))))] as const;
    });
}
