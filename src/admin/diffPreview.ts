import type { Org } from "../org.js";
import { applyChanges } from "./applyChanges.js";
import { wordFindings } from "./audit.js";
import type { Finding, FindingDraft } from "./auditFinding.js";
import { AUDIT_SECTIONS, lazyMembership, readsSameParts } from "./auditSections.js";
import type { Change } from "./change.js";
import { diffAccess } from "./diff.js";
import type { AccessDiff } from "./diffTypes.js";

/** What a change list would do: the org it leaves, who gains and loses what, and the audit's news. */
export interface ChangePreview {
  /** The org after the changes (as `applyChanges` returns it). */
  readonly org: Org;
  /** Who gains and loses what (DIF-1). */
  readonly diff: AccessDiff;
  /** The findings of the audit of the new org that the old one did not have (AUD-1). */
  readonly findingsAdded: readonly Finding[];
  /** The findings of the audit of the old org that the new one no longer has. */
  readonly findingsRemoved: readonly Finding[];
}

/** What a finding is about, whatever its words, its path or its fix: the same thing on both sides. */
function findingKey(finding: FindingDraft): string {
  const { kind, memberIds, groupIds, roleIds, connectorIds, tool, capability } = finding;
  const extra =
    finding.kind === "dangling-reference"
      ? finding.reference
      : finding.kind === "mapping-demotes"
        ? finding.builtInRole
        : null;
  return JSON.stringify([kind, memberIds, groupIds, roleIds, connectorIds, tool, capability, extra]);
}

/**
 * The findings of `of` that `than` does not have, counting findings about the same thing: two
 * mapping rows for one group the org does not have are two findings, and a change may keep one.
 */
function findingsOnlyIn(of: readonly FindingDraft[], than: readonly FindingDraft[]): FindingDraft[] {
  const left = new Map<string, number>();
  for (const finding of than) left.set(findingKey(finding), (left.get(findingKey(finding)) ?? 0) + 1);
  return of.filter((finding) => {
    const key = findingKey(finding);
    const count = left.get(key) ?? 0;
    left.set(key, count - 1);
    return count <= 0;
  });
}

/**
 * The audit findings that `after` adds and removes, detection by detection: a detection that reads
 * the very same parts in both orgs finds the same in both, so it is not asked (CHG-2 shares every
 * part a change list does not touch). Every finding's key holds its kind, so comparing detection by
 * detection is comparing the whole audits. Only the findings returned are worded.
 */
function auditNews(before: Org, after: Org): { added: readonly Finding[]; removed: readonly Finding[] } {
  const [was, is] = [lazyMembership(before), lazyMembership(after)];
  const added: FindingDraft[][] = [];
  const removed: FindingDraft[][] = [];
  for (const section of AUDIT_SECTIONS) {
    // Stryker disable next-line ConditionalExpression: asking a detection that reads the same parts finds the same in both; the skip saves the cost only
    if (readsSameParts(section, before, after)) continue;
    const [old, now] = [section.find(before, was), section.find(after, is)];
    added.push(findingsOnlyIn(now, old));
    removed.push(findingsOnlyIn(old, now));
  }
  return { added: wordFindings(after, added.flat()), removed: wordFindings(before, removed.flat()) };
}

/**
 * What applying a change list would do, without committing to it: the org it leaves, who gains and
 * loses what (with both explanations), and the audit findings it adds and removes (a finding is the
 * same on both sides when it is of the same kind about the same entries).
 *
 * Rules: DIF-1, CHG-1, AUD-1.
 *
 * @param org - an org that `parseOrg` or `applyChanges` returned
 * @param changes - the changes (section 8), in order
 * @returns the preview, deeply frozen
 * @throws ChangeError when a change cannot apply (nothing is applied, CHG-1)
 *
 * @example
 * ```ts
 * // u-nogroup is set to Custom roles and in no group; adding them to Engineering:
 * const preview = previewChanges(org, [{ kind: "addGroupMembers", groupId: "g-eng", memberIds: ["u-nogroup"] }]);
 * preview.diff.members.map((m) => m.memberId) // => ["u-nogroup"]
 * preview.findingsRemoved.map((f) => f.kind) // => ["custom-member-without-role"]
 * previewChanges(org, []).diff.members // => []
 * ```
 */
export function previewChanges(org: Org, changes: readonly Change[]): ChangePreview {
  const after = applyChanges(org, changes);
  const news = auditNews(org, after);
  return Object.freeze({
    org: after,
    diff: diffAccess(org, after),
    findingsAdded: news.added,
    findingsRemoved: news.removed,
  });
}
