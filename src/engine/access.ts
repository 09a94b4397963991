import type { Org } from "../org.js";
import type { ConnectorAccess, MemberAccess } from "./decision.js";
import { indexOf, type MemberContext, type OrgIndex } from "./compile.js";
import { decideCapability, decideLandingPage } from "./capabilities.js";
import { deepFreeze, explain, q, reason } from "./explain.js";
import { mappingReasons, unknownMemberReason } from "./member.js";
import { decideTool } from "./tools.js";

/**
 * Everything one member has in one org: built-in role after group mappings, groups and custom roles,
 * every capability, the landing page, every connector with every tool's level, and the connector
 * menu. Each part carries its explanation. This is what a backend caches per member and a frontend
 * renders; every answer in it is the one `hasCapability` and `resolveToolLevel` give.
 *
 * Rules:
 * - GRP-1: groups are the parent org's; role assignments are this org's; a group member who is not
 *   a member of this org gets nothing here.
 * - GRP-2: in invite-only and JIT orgs only manual groups count for custom roles.
 * - GRP-3: with group mappings on, the built-in role is the one the next sync assigns (owner >
 *   admin > custom > user); a Primary Owner is never changed; no mapped group keeps the stored role.
 * - GRP-4: Owners and Primary Owners are never governed by custom roles.
 * - CAP-1..7, CAP-10: each capability (see `hasCapability`).
 * - CAP-8: without `chat` the member lands on their settings page.
 * - CON-1..7: each tool (see `resolveToolLevel`).
 * - CON-10: a connector is in the menu when at least one of its tools is not Blocked.
 * - CON-7: an id that is not a member of the org has no capability, lands on settings, every tool
 *   Blocked, an empty menu.
 *
 * @param org - a parsed org (see `parseOrg`)
 * @param memberId - the member's id
 * @returns the member's access, deeply frozen
 *
 * @example
 * ```ts
 * const access = resolveAccess(org, "u1");
 * access.builtInRole // => "custom"
 * access.roles.map((r) => r.name) // => ["Engineering"]
 * access.menu // => ["jira", "github"]
 * resolveAccess(org, "nobody").menu // => []
 * ```
 */
export function resolveAccess(org: Org, memberId: string): MemberAccess {
  return accessOf(indexOf(org), memberId);
}

/** A member's access from an org's index, remembered per member while the index allows. */
export function accessOf(index: OrgIndex, memberId: string): MemberAccess {
  const context = index.member(memberId);
  if (context === undefined) return buildAccess(index, undefined, memberId);
  let access = remembered.get(context);
  if (access === undefined) {
    access = buildAccess(index, context, memberId);
    if (index.mayRemember()) remembered.set(context, access);
  }
  return access;
}

// A member's access depends only on the frozen org, so it is remembered per member context.
const remembered = new WeakMap<MemberContext, MemberAccess>();

function buildAccess(index: OrgIndex, context: MemberContext | undefined, memberId: string): MemberAccess {
  const { org } = index;

  const capabilities = index.capabilityIds.map((capability) => decideCapability(index, context, memberId, capability));
  const chat = decideCapability(index, context, memberId, "chat");
  const connectors: ConnectorAccess[] = [...index.connectors.values()].map(({ connector }) => {
    const tools = [...new Set(connector.tools)].map((tool) => decideTool(index, context, memberId, connector.id, tool));
    return { connectorId: connector.id, name: connector.name, inMenu: tools.some((tool) => tool.level !== "blocked"), tools };
  });
  const menu = connectors.filter((connector) => connector.inMenu).map((connector) => connector.connectorId);

  // Stryker disable next-line ArrayDeclaration: equivalent, a set of groups is asked only about groups
  const countsFor = new Set(context?.roleGroups ?? []);
  const subject = `member ${q(memberId)}`;
  const reasons =
    context === undefined
      ? [unknownMemberReason(index, memberId)]
      : [
          ...mappingReasons(context),
          reason({
            rule: context.builtInRole === "custom" ? "CAP-4" : context.builtInRole === "admin" || context.builtInRole === "user" ? "CAP-3" : "CAP-2",
            says:
              context.builtInRole === "custom"
                ? `the member is set to Custom roles and holds ${context.held.length} custom role${context.held.length === 1 ? "" : "s"}`
                : `built-in role ${q(context.builtInRole)} is not governed by custom roles`,
            builtInRole: context.builtInRole,
          }),
        ];
  const granted = capabilities.filter((decision) => decision.granted).length;
  const verdict = `has ${granted} capabilit${granted === 1 ? "y" : "ies"} and ${menu.length} connector${menu.length === 1 ? "" : "s"} in the menu`;

  return deepFreeze({
    orgId: org.id,
    memberId,
    known: context !== undefined,
    builtInRole: context?.builtInRole ?? null,
    storedRole: context?.member.role ?? null,
    mappedVia: [...(context?.mappedVia ?? [])],
    seat: context?.seat ?? null,
    governedByCustomRoles: context?.builtInRole === "custom",
    groups: (context?.groups ?? []).map((group) => ({
      groupId: group.id,
      name: group.name,
      source: group.source,
      countsForRoles: countsFor.has(group),
    })),
    roles: (context?.held ?? []).map((held) => ({
      roleId: held.role.role.id,
      name: held.role.role.name,
      via: held.via.map((group) => group.id),
    })),
    capabilities,
    landingPage: decideLandingPage(chat),
    connectors,
    menu,
    ...explain(subject, verdict, reasons),
  });
}
