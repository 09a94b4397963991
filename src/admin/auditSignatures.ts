// A role's levels on one connector as one comparable signature (CON-2), and roles held together
// grouped by signature: what the cross-role conflict finding compares (CON-13).
import type { Level } from "../level.js";
import type { Connector, ConnectorGrant, CustomRole } from "../org.js";
import type { RoleEntry } from "./auditMembership.js";
import { getOrInsertComputed } from "../maps.js";

/** A role's own connector rows by connector id, read once per role. */
export type RowsOf = (role: CustomRole) => ReadonlyMap<string, ConnectorGrant>;

/** A reader of roles' own connector rows that builds each role's table once. */
export function rowReader(): RowsOf {
  const rows = new Map<CustomRole, ReadonlyMap<string, ConnectorGrant>>();
  return (role) => getOrInsertComputed(rows, role, () => new Map(Object.entries(role.connectors.byConnector ?? {})));
}

/** CON-2: a role's levels on every tool of a connector, from its own row or its All connectors row. */
function levelsOn(role: CustomRole, connector: Connector, rowsOf: RowsOf): Level[] {
  const row = rowsOf(role).get(connector.id) ?? role.connectors.all;
  if (typeof row === "string") return connector.tools.map(() => row);
  const custom = new Map(Object.entries(row.custom));
  // CON-2: a tool missing from a Custom row is Blocked.
  return connector.tools.map((tool) => custom.get(tool) ?? "blocked");
}

/** A role's levels on a connector as one comparable key, and whether it grants the connector at all. */
export interface Signature {
  readonly key: string;
  readonly grants: boolean;
}

/** A role's signature on a connector (CON-2): its levels on every tool, and whether one is not Blocked. */
export function signatureOf(role: CustomRole, connector: Connector, rowsOf: RowsOf): Signature {
  const levels = levelsOn(role, connector, rowsOf);
  // No level's word begins another's, so any separator keeps two different lists' keys apart.
  return { key: levels.join(), grants: levels.some((level) => level !== "blocked") };
}

/** A non-empty list of roles at the same levels, in org order. */
export type SignatureClass = [RoleEntry, ...RoleEntry[]];

/**
 * Per held-together set (in org order) and connector: the granting roles by signature, each class in
 * org order, the classes in the order of their first role.
 */
export function classesOf(
  held: readonly RoleEntry[],
  signature: (entry: RoleEntry) => Signature,
): Map<string, SignatureClass> {
  const classes = new Map<string, SignatureClass>();
  for (const entry of held) {
    const { key, grants } = signature(entry);
    if (grants) getOrInsertComputed<string, RoleEntry[]>(classes, key, () => []).push(entry);
  }
  return classes;
}
