// The audit's detections (AUD-1) in the order of its table, each with the parts of the org it reads.
// Two orgs whose parts a detection reads are the very same objects give it the same findings: after
// a change list, which shares every part it does not touch (CHG-2), a preview asks only the
// detections whose parts changed.
import type { Org } from "../org.js";
import type { FindingDraft } from "./auditFinding.js";
import { crossRoleConflicts } from "./auditConflicts.js";
import {
  chatSeatsWithClaudeCode,
  customMembersWithoutRole,
  demotingMappings,
  membersLandingOnSettings,
} from "./auditMembers.js";
import { membershipOf, type Membership } from "./auditMembership.js";
import { danglingReferences, ignoredScimGroups } from "./auditReferences.js";
import { capabilitiesOffAtOrg, rolesWithoutEffect } from "./auditRoles.js";

/** One detection of the audit: the parts of the org it reads, and what it finds. */
export interface AuditSection {
  /** Every part of the org that the detection (and the membership it uses) reads. */
  readonly reads: (org: Org) => readonly unknown[];
  /** The findings, in the org's order; `membership` is built on the first call and then kept. */
  readonly find: (org: Org, membership: () => Membership) => readonly FindingDraft[];
}

/** What the memberships are made of (GRP-1..GRP-3, CAP-4): members, groups, assignments, roles, mappings. */
function membershipParts(org: Org): unknown[] {
  return [org.members, org.groups, org.roleAssignments, org.roles, org.provisioning, org.groupMappings];
}

/** AUD-1's detections, one per kind, in the order of its table. */
export const AUDIT_SECTIONS: readonly AuditSection[] = Object.freeze([
  {
    reads: (org) => [...membershipParts(org), org.connectors, org.toolPolicy, org.spend],
    find: (org, membership) => danglingReferences(org, membership()),
  },
  { reads: membershipParts, find: (_org, membership) => customMembersWithoutRole(membership()) },
  { reads: membershipParts, find: (org, membership) => ignoredScimGroups(org, membership()) },
  { reads: membershipParts, find: (org, membership) => rolesWithoutEffect(org, membership()) },
  { reads: (org) => [org.roles, org.capabilities], find: (org) => capabilitiesOffAtOrg(org) },
  {
    reads: (org) => [...membershipParts(org), org.seatPlan],
    find: (org, membership) => chatSeatsWithClaudeCode(org, membership()),
  },
  {
    // CAP-8 asks the engine about `chat`: the org switches and the seats decide it too (CAP-1, CAP-7).
    reads: (org) => [...membershipParts(org), org.seatPlan, org.capabilities],
    find: (org, membership) => membersLandingOnSettings(org, membership()),
  },
  { reads: membershipParts, find: (_org, membership) => demotingMappings(membership()) },
  {
    reads: (org) => [...membershipParts(org), org.connectorPermissionsEnabled, org.connectors],
    find: (org, membership) => crossRoleConflicts(org, membership()),
  },
]);

/** The memberships of an org, built on the first call and then kept. */
export function lazyMembership(org: Org): () => Membership {
  let membership: Membership | undefined;
  return () => (membership ??= membershipOf(org));
}

/** Whether a detection reads the very same parts in both orgs (so it finds the same in both). */
export function readsSameParts(section: AuditSection, before: Org, after: Org): boolean {
  const was = section.reads(before);
  const is = section.reads(after);
  return was.every((part, index) => part === is[index]);
}
