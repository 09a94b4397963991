import type { Level } from "../level.js";
import type { BuiltInRole, ConnectorGrant, GroupSource, Seat } from "../org.js";
import type { RuleId } from "../rules.js";
import type { Reason } from "./reason.js";

export type { Reason } from "./reason.js";

/**
 * The explanation every decision carries (EXP-1): the rules that decided it, the reasons as data,
 * and one plain sentence for people. Decisions build it only when it is first read, so a backend
 * that reads only `level` or `granted` pays for no words (Cedar's `Response { decision,
 * diagnostics.reason }`).
 */
export interface Explained {
  /** The ids of the rules that decided, in the order they were applied, each once. */
  readonly rules: readonly RuleId[];
  /** The reasons, in the order they were applied. */
  readonly reasons: readonly Reason[];
  /** The decision and its reasons in one plain sentence. */
  readonly summary: string;
}

/**
 * Whether a member has one capability, and why.
 *
 * Test `granted`; the decision object itself is always truthy.
 */
export interface CapabilityDecision extends Explained {
  /** The member asked about. */
  readonly memberId: string;
  /** The capability asked about. */
  readonly capability: string;
  /** Whether the capability is switched on at org level (CAP-1). */
  readonly orgEnabled: boolean;
  /** Whether the member has the capability. */
  readonly granted: boolean;
}

/**
 * The effective level of one tool of one connector, and why.
 */
export interface ToolDecision extends Explained {
  /** The member asked about; absent for Claude Code decisions, which apply to every member. */
  readonly memberId?: string;
  /** The connector asked about. */
  readonly connectorId: string;
  /** The tool asked about. */
  readonly tool: string;
  /** The effective level. */
  readonly level: Level;
}

/**
 * Where a member lands when they sign in (CAP-8): the chat interface, or their settings page when
 * they do not have `chat`.
 */
export interface LandingPageDecision extends Explained {
  /** `"chat"` or `"settings"`. */
  readonly page: "chat" | "settings";
}

/**
 * A group the member is in, as seen by this org.
 */
export interface MemberGroup {
  /** The group's id. */
  readonly groupId: string;
  /** The group's name. */
  readonly name: string;
  /** Manual or SCIM. */
  readonly source: GroupSource;
  /** Whether the group counts for custom roles in this org (GRP-2). */
  readonly countsForRoles: boolean;
}

/**
 * A custom role that a member holds through groups that count for custom roles (GRP-2).
 */
export interface HeldRole {
  /** The role's id. */
  readonly roleId: string;
  /** The role's name. */
  readonly name: string;
  /** The ids of the groups through which the member holds it, in org order. */
  readonly via: readonly string[];
}

/**
 * One connector as a member sees it: every tool's level, and whether it is in the connector menu.
 */
export interface ConnectorAccess {
  /** The connector's id. */
  readonly connectorId: string;
  /** The connector's name. */
  readonly name: string;
  /** Whether it appears in the connector menu: at least one tool is not Blocked (CON-10). */
  readonly inMenu: boolean;
  /** Every tool of the connector, in the connector's order. */
  readonly tools: readonly ToolDecision[];
}

/** What every member's access holds, known member or not. */
interface AccessBase extends Explained {
  /** The org asked about. */
  readonly orgId: string;
  /** The member asked about. */
  readonly memberId: string;
  /** A decision for every capability the org or its roles name, and every known capability. */
  readonly capabilities: readonly CapabilityDecision[];
  /** Where the member lands (CAP-8). */
  readonly landingPage: LandingPageDecision;
  /** Every connector the org has added, in org order. */
  readonly connectors: readonly ConnectorAccess[];
  /** The ids of the connectors in the member's connector menu, in org order (CON-10). */
  readonly menu: readonly string[];
}

/** The access of a member of the org. */
export interface KnownMemberAccess extends AccessBase {
  /** The member is a member of this org. */
  readonly known: true;
  /** The built-in role in effect, after group mappings (GRP-3). */
  readonly builtInRole: BuiltInRole;
  /** The built-in role stored on the member. */
  readonly storedRole: BuiltInRole;
  /** The mapped groups that set `builtInRole` when group mappings changed it (GRP-3). */
  readonly mappedVia: readonly string[];
  /** The seat in effect on a dual-seat plan (absent seat = `"chat"`); `null` on a standard plan. */
  readonly seat: Seat | null;
  /** Whether custom roles govern this member (built-in role Custom roles, CAP-4, CON-5). */
  readonly governedByCustomRoles: boolean;
  /** Every group of this org's group list that lists the member, in org order. */
  readonly groups: readonly MemberGroup[];
  /**
   * The custom roles assigned in this org to the member's groups that count (GRP-1, GRP-2). They
   * apply only when `governedByCustomRoles`.
   */
  readonly roles: readonly HeldRole[];
}

/** The access of an id that is not a member of the org: none at all (CON-7). */
export interface UnknownMemberAccess extends AccessBase {
  /** The id is not a member of this org. */
  readonly known: false;
  /** No built-in role. */
  readonly builtInRole: null;
  /** No stored role. */
  readonly storedRole: null;
  /** No mapped group. */
  readonly mappedVia: readonly [];
  /** No seat. */
  readonly seat: null;
  /** Not governed by anything: an unknown id has nothing (CON-7). */
  readonly governedByCustomRoles: false;
  /** No group. */
  readonly groups: readonly [];
  /** No role. */
  readonly roles: readonly [];
}

/**
 * Everything one member has in one org: what a backend caches per member and a frontend renders.
 * Test `known` to narrow: an unknown member has no role, seat, group or custom role (CON-7).
 */
export type MemberAccess = KnownMemberAccess | UnknownMemberAccess;

/** What every spend-limit answer holds. */
export interface SpendBase extends Explained {
  /** The member asked about. */
  readonly memberId: string;
}

/** A spend limit that applies, in minor units, and where it came from (SPD-2..SPD-4). */
export type LimitedSpend = SpendBase & {
  /** A limit applies. */
  readonly status: "limited";
  /** The limit, in minor units (cents). */
  readonly limit: number;
} & (
    | {
        /** The member's own limit (SPD-2) or the org limit (SPD-4). */
        readonly source: "individual" | "org";
        /** No group: the limit is the member's own or the org's. */
        readonly groupId: null;
      }
    | {
        /** A group's limit (SPD-3). */
        readonly source: "group";
        /** The group whose limit applies. */
        readonly groupId: string;
      }
  );

/**
 * No limit: `"unlimited"` (no limit anywhere, SPD-4), `"not-applicable"` (the org is not billed by
 * usage, SPD-1) or `"unknown-member"` (not a member of this org, CON-7).
 */
export interface NoSpendLimit extends SpendBase {
  /** Why there is no limit: none anywhere (SPD-4), not usage-billed (SPD-1), or not a member (CON-7). */
  readonly status: "unlimited" | "not-applicable" | "unknown-member";
  /** No limit. */
  readonly limit: null;
  /** No source. */
  readonly source: null;
  /** No group. */
  readonly groupId: null;
}

/**
 * A member's monthly spend limit and where it came from (SPD-1..5). Test `status` to narrow:
 * `limit` is a number exactly when `status` is `"limited"`.
 */
export type SpendLimitDecision = LimitedSpend | NoSpendLimit;

/**
 * Another role's levels on a connector, in a conflict warning (CON-13).
 */
export interface RoleConflict {
  /** The other role's id. */
  readonly roleId: string;
  /** The other role's name. */
  readonly name: string;
  /** The row that sets its levels: its own row for the connector, or its All connectors row. */
  readonly row: "connector" | "all-connectors";
  /** That row's grant: a level, or Custom with its tools. */
  readonly grant: ConnectorGrant;
  /** Its level for each tool of the connector (CON-2). */
  readonly levels: Readonly<Record<string, Level>>;
  /** The tools on which its level differs from the role's own, in the connector's order. */
  readonly differingTools: readonly string[];
}

/**
 * One view of the conflict warning of a role's connector row (CON-13).
 */
export interface ConflictView extends Explained {
  /** The conflicting roles, in org order. Empty: no warning. */
  readonly conflicts: readonly RoleConflict[];
  /**
   * Per tool, the level that applies to a member who holds the role and all conflicting roles
   * together: the most permissive, as granted by the roles (before the org-wide cap of CON-4).
   */
  readonly applying: Readonly<Record<string, Level>>;
}

/**
 * The conflict warnings of one connector row of a role (CON-13), in both views.
 */
export interface ConnectorConflicts {
  /** The connector's id. */
  readonly connectorId: string;
  /** The connector's name. */
  readonly name: string;
  /** The row that sets the role's levels: its own row for the connector, or its All connectors row. */
  readonly row: "connector" | "all-connectors";
  /** That row's grant. */
  readonly grant: ConnectorGrant;
  /** The role's own level for each tool (CON-2). */
  readonly levels: Readonly<Record<string, Level>>;
  /** The warning against every other role of the org. */
  readonly allRoles: ConflictView;
  /** The warning against the roles that share a member with this role only. */
  readonly sharedMembers: ConflictView;
}

/**
 * The cross-role conflict warnings of a role (CON-13).
 */
export interface ConflictReport extends Explained {
  /** The role asked about. */
  readonly roleId: string;
  /** Whether the role exists in the org; an unknown role has no rows and no warnings. */
  readonly known: boolean;
  /** One entry per connector asked about (every added connector, or the one asked for). */
  readonly connectors: readonly ConnectorConflicts[];
}
