import type { BuiltInRole, Org, Seat } from "../org.js";
import { decideCapability, decideLandingPage } from "./capabilities.js";
import { compiledOf, type CompiledOrg } from "./compile.js";
import type {
  CapabilityDecision,
  ConnectorAccess,
  HeldRole,
  LandingPageDecision,
  MemberAccess,
  MemberGroup,
} from "./decision.js";
import { deepFreeze } from "../freeze.js";
import { ExplainedBy, worded, type Why } from "./explained.js";
import type { MemberEntry } from "./membership.js";
import type { CapabilityReason } from "./reason.js";
import { accessSubject, wordCapabilityReason } from "../words/capabilities.js";
import { decideConnectorTools } from "./tools.js";
import { mappingReasons, unknownMemberReason } from "./who.js";

/** Who the member is: the part of an access that only a known member has. */
interface Identity {
  readonly known: boolean;
  readonly builtInRole: BuiltInRole | null;
  readonly storedRole: BuiltInRole | null;
  readonly mappedVia: readonly string[];
  readonly seat: Seat | null;
  readonly governedByCustomRoles: boolean;
  readonly groups: readonly MemberGroup[];
  readonly roles: readonly HeldRole[];
}

/** What a member has: the decisions of an access. */
interface Holdings {
  readonly capabilities: readonly CapabilityDecision[];
  readonly landingPage: LandingPageDecision;
  readonly connectors: readonly ConnectorAccess[];
  readonly menu: readonly string[];
}

/** A member's access; its own explanation is built when read. */
class Access extends ExplainedBy {
  readonly orgId: string;
  readonly memberId: string;
  readonly known: boolean;
  readonly builtInRole: BuiltInRole | null;
  readonly storedRole: BuiltInRole | null;
  readonly mappedVia: readonly string[];
  readonly seat: Seat | null;
  readonly governedByCustomRoles: boolean;
  readonly groups: readonly MemberGroup[];
  readonly roles: readonly HeldRole[];
  readonly capabilities: readonly CapabilityDecision[];
  readonly landingPage: LandingPageDecision;
  readonly connectors: readonly ConnectorAccess[];
  readonly menu: readonly string[];

  constructor(orgId: string, memberId: string, who: Identity, has: Holdings, why: () => Why) {
    super(why);
    this.orgId = orgId;
    this.memberId = memberId;
    this.known = who.known;
    this.builtInRole = who.builtInRole;
    this.storedRole = who.storedRole;
    this.mappedVia = who.mappedVia;
    this.seat = who.seat;
    this.governedByCustomRoles = who.governedByCustomRoles;
    this.groups = who.groups;
    this.roles = who.roles;
    this.capabilities = has.capabilities;
    this.landingPage = has.landingPage;
    this.connectors = has.connectors;
    this.menu = has.menu;
    Object.freeze(this);
  }
}

const STRANGER: Identity = /* @__PURE__ */ deepFreeze({
  known: false,
  builtInRole: null,
  storedRole: null,
  mappedVia: [],
  seat: null,
  governedByCustomRoles: false,
  groups: [],
  roles: [],
});

/** GRP-1..GRP-3: who a member is, as an access shows it. */
function identityOf(compiled: CompiledOrg, entry: MemberEntry): Identity {
  const { membership } = compiled;
  const profile = membership.table.profile(entry.profileId);
  // INVARIANT: every role of the profile comes through at least one of the member's counting groups.
  return deepFreeze({
    known: true,
    builtInRole: profile.builtInRole,
    storedRole: entry.member.role,
    mappedVia: [...entry.mappedVia],
    seat: profile.seat,
    governedByCustomRoles: profile.governed,
    groups: entry.groups.map((group) => ({
      groupId: group.id,
      name: group.name,
      source: group.source,
      countsForRoles: membership.countsForRoles(group),
    })),
    roles: profile.roles.map((role) => ({
      roleId: role.role.id,
      name: role.role.name,
      via: membership.members.groupsHolding(entry.member.id, role).map((group) => group.id),
    })),
  });
}

/** Every capability, the landing page, every tool and the menu (CAP-1..CAP-8, CON-1..CON-10). */
function holdingsOf(compiled: CompiledOrg, p: number, memberId: string): Holdings {
  const capabilities = compiled.capabilityIds.map((capability) => decideCapability(compiled, p, memberId, capability));
  const chat = decideCapability(compiled, p, memberId, "chat");
  const connectors: ConnectorAccess[] = [];
  const menu: string[] = [];
  for (const compiledConnector of compiled.connectors.values()) {
    const { connector } = compiledConnector;
    const tools = decideConnectorTools(compiled, p, memberId, compiledConnector);
    // CON-10: a connector is in the menu when at least one of its tools is not Blocked.
    const inMenu = tools.some((tool) => tool.level !== "blocked");
    if (inMenu) menu.push(connector.id);
    connectors.push(
      Object.freeze({ connectorId: connector.id, name: connector.name, inMenu, tools: Object.freeze(tools) }),
    );
  }
  return {
    capabilities: Object.freeze(capabilities),
    landingPage: decideLandingPage(chat),
    connectors: Object.freeze(connectors),
    menu: Object.freeze(menu),
  };
}

function scopeReasons(compiled: CompiledOrg, entry: MemberEntry | undefined, memberId: string): CapabilityReason[] {
  if (entry === undefined) return [unknownMemberReason(compiled, memberId)];
  const { table } = compiled.membership;
  const builtInRole = table.builtInRole(entry.profileId);
  const rule =
    builtInRole === "custom" ? "CAP-4" : builtInRole === "admin" || builtInRole === "user" ? "CAP-3" : "CAP-2";
  return [
    ...mappingReasons(entry.member, builtInRole, entry.mappedVia),
    { kind: "access-scope", rule, builtInRole, rolesHeld: table.roleCount(entry.profileId) },
  ];
}

/** A member's access from a compiled org. Nothing is remembered: the answer is built afresh. */
export function accessOf(compiled: CompiledOrg, memberId: string): MemberAccess {
  const entry = compiled.membership.members.get(memberId);
  const who = entry === undefined ? STRANGER : identityOf(compiled, entry);
  const has = holdingsOf(compiled, compiled.membership.profileOf(memberId), memberId);
  const capabilities = has.capabilities.filter((decision) => decision.granted).length;
  return new Access(compiled.org.id, memberId, who, has, () => ({
    subject: accessSubject(memberId, capabilities, has.menu.length),
    reasons: worded(scopeReasons(compiled, entry, memberId), wordCapabilityReason),
  })) as unknown as MemberAccess;
}

/**
 * Everything one member has in one org: built-in role after group mappings, groups and custom roles,
 * every capability, the landing page, every connector with every tool's level, and the connector
 * menu. Each part carries its explanation, built when read. This is what a backend caches per
 * member and a frontend renders; every answer in it is the one `resolveCapability` and
 * `resolveToolLevel` give. It costs about one tool decision per tool of the org; nothing is
 * remembered, so asking for every member of a large org runs in memory bounded by the org.
 *
 * Rules:
 * - GRP-1: groups are the parent org's; role assignments are this org's; a group member who is not
 *   a member of this org gets nothing here.
 * - GRP-2: in invite-only and JIT orgs only manual groups count for custom roles.
 * - GRP-3: with group mappings on, the built-in role is the one the next sync assigns (owner >
 *   admin > custom > user); a Primary Owner is never changed; no mapped group keeps the stored role.
 * - GRP-4: Owners and Primary Owners are never governed by custom roles.
 * - CAP-1..7, CAP-10: each capability (see `resolveCapability`).
 * - CAP-8: without `chat` the member lands on their settings page.
 * - CON-1..7: each tool (see `resolveToolLevel`).
 * - CON-10: a connector is in the menu when at least one of its tools is not Blocked.
 * - CON-7: an id that is not a member of the org has no capability, lands on settings, every tool
 *   Blocked, an empty menu; test `known` to narrow the result.
 *
 * @param org - an org that `parseOrg` returned
 * @param memberId - the member's id
 * @returns the member's access, deeply frozen
 * @throws {@link OrgValidationError} when the org did not come from `parseOrg` and is not valid (IN-3)
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
  return accessOf(compiledOf(org), memberId);
}
