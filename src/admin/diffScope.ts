// Which capabilities and connectors can differ between two orgs for members of equal signature:
// those whose org switch, connector, policy entry or (for a role they hold) role row differs. A diff
// asks the engine only about these, so a change to one role costs about the members who hold it.
import type { CustomRole, Org } from "../org.js";
import { sameGrant, samePolicyEntry } from "./grants.js";

/** The capability ids and connector ids to compare; `"all"` for every one of either org. */
export interface Scope {
  readonly capabilities: ReadonlySet<string> | "all";
  readonly connectors: ReadonlySet<string> | "all";
}

/** Everything: for members whose signature differs, or who are in one org only. */
export const FULL_SCOPE: Scope = Object.freeze({ capabilities: "all", connectors: "all" });

/** Nothing to compare. */
export const EMPTY_SCOPE: Scope = Object.freeze({ capabilities: new Set<string>(), connectors: new Set<string>() });

function unionSets(a: ReadonlySet<string> | "all", b: ReadonlySet<string> | "all"): ReadonlySet<string> | "all" {
  if (a === "all" || b === "all") return "all";
  return new Set([...a, ...b]);
}

/** Both scopes together. */
export function unionScopes(a: Scope, b: Scope): Scope {
  return { capabilities: unionSets(a.capabilities, b.capabilities), connectors: unionSets(a.connectors, b.connectors) };
}

/** Whether a scope has nothing to compare. */
export function isEmptyScope(scope: Scope): boolean {
  // Stryker disable ConditionalExpression,LogicalOperator,StringLiteral: `"all".size` is undefined, never 0, so these two only narrow the type
  return (
    scope.capabilities !== "all" &&
    scope.connectors !== "all" &&
    // Stryker restore ConditionalExpression,LogicalOperator,StringLiteral
    scope.capabilities.size === 0 &&
    scope.connectors.size === 0
  );
}

/** The keys whose values differ between two id-keyed records (a key on one side only differs). */
function differingKeys<T>(
  a: Readonly<Record<string, T>>,
  b: Readonly<Record<string, T>>,
  same: (x: T, y: T) => boolean,
): Set<string> {
  const left = new Map(Object.entries(a));
  const right = new Map(Object.entries(b));
  const keys = new Set<string>();
  for (const [key, x] of left) {
    const y = right.get(key);
    if (y === undefined || !same(x, y)) keys.add(key);
  }
  for (const key of right.keys()) if (!left.has(key)) keys.add(key);
  return keys;
}

/** The ids in exactly one of two sets. */
function eitherOnly(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> {
  return new Set([...a, ...b].filter((id) => a.has(id) !== b.has(id)));
}

function connectorChanges(before: Org, after: Org): Set<string> {
  const tools = (org: Org) => Object.fromEntries(org.connectors.map((c) => [c.id, c.tools] as const));
  const sameTools = (x: readonly string[], y: readonly string[]) => {
    const set = new Set(x);
    return set.size === new Set(y).size && y.every((tool) => set.has(tool));
  };
  return differingKeys(tools(before), tools(after), sameTools);
}

/**
 * What differs between two orgs for every member alike: capability switches (CAP-1), connectors
 * and their tools (CON-7), the org-wide tool policy (CON-4), and connector permissions (CON-6:
 * every connector).
 */
export function orgScope(before: Org, after: Org): Scope {
  // CAP-1: a switch that is off and one that is absent read the same.
  const on = (org: Org) =>
    new Set(Object.entries(org.capabilities).flatMap(([id, enabled]) => (enabled === true ? [id] : [])));
  const capabilities = eitherOnly(on(before), on(after));
  if (before.connectorPermissionsEnabled !== after.connectorPermissionsEnabled)
    return { capabilities, connectors: "all" };
  const connectors = connectorChanges(before, after);
  for (const id of differingKeys(before.toolPolicy ?? {}, after.toolPolicy ?? {}, samePolicyEntry)) connectors.add(id);
  return { capabilities, connectors };
}

function roleScope(before: CustomRole, after: CustomRole): Scope {
  const capabilities = eitherOnly(new Set(before.capabilities), new Set(after.capabilities));
  // CON-2: the All connectors row decides every connector without a row of its own.
  if (!sameGrant(before.connectors.all, after.connectors.all)) return { capabilities, connectors: "all" };
  return {
    capabilities,
    connectors: differingKeys(before.connectors.byConnector ?? {}, after.connectors.byConnector ?? {}, sameGrant),
  };
}

/**
 * For every role of both orgs whose contents differ, what it changes for the members who hold it on
 * both sides: role id → scope. Comparing a role with itself costs about its size, so no identity
 * shortcut is taken (nor below): the scope is the same without one.
 */
export function roleScopes(before: Org, after: Org): ReadonlyMap<string, Scope> {
  const old = new Map(before.roles.map((role) => [role.id, role] as const));
  const scopes = new Map<string, Scope>();
  for (const role of after.roles) {
    const was = old.get(role.id);
    if (was !== undefined) {
      const scope = roleScope(was, role);
      if (!isEmptyScope(scope)) scopes.set(role.id, scope);
    }
  }
  return scopes;
}
