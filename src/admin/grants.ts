// Comparing connector rows and tool levels as the rules read them (CON-2, CON-4): a record of tool
// levels in any key order, `__proto__` included (entries and Maps, never `obj[tool]`).
import type { Level } from "../level.js";
import type { ConnectorGrant, ToolPolicyEntry } from "../org.js";

/** Whether two records of tool levels set the same tools to the same levels. */
export function sameLevels(a: Readonly<Record<string, Level>>, b: Readonly<Record<string, Level>>): boolean {
  const left = Object.entries(a);
  const right = new Map(Object.entries(b));
  return left.length === right.size && left.every(([tool, level]) => right.get(tool) === level);
}

/** Whether two connector rows are the same grant (a Custom row's tools in any key order). */
export function sameGrant(a: ConnectorGrant, b: ConnectorGrant): boolean {
  if (typeof a === "string" || typeof b === "string") return a === b;
  return sameLevels(a.custom, b.custom);
}

/** Whether two entries of the org-wide tool policy read the same (an absent level is Always allow, absent tools none). */
export function samePolicyEntry(a: ToolPolicyEntry, b: ToolPolicyEntry): boolean {
  return (a.level ?? "always") === (b.level ?? "always") && sameLevels(a.tools ?? {}, b.tools ?? {});
}
