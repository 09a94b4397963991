// Documents for the parser's tests: SPEC §1's own example org, ways to change a JSON value at a path
// without mutating it (and without assigning keys, so a `__proto__` key stays an own key), hostile lists,
// and the check that a one-pass reader stands in for its reporting reader.

import { expect } from "vitest";

/** A JSON value's path: property names and array indexes. */
export type JsonPath = readonly (string | number)[];

/** The org of SPEC §1's example, as `JSON.parse` gives it: a fresh copy each call. */
export function specExample(): Record<string, unknown> {
  return JSON.parse(`{
    "id": "acme-eu",
    "parentId": "acme",
    "billing": "seat",
    "seatPlan": "standard",
    "provisioning": "scim",
    "capabilities": { "chat": true, "projects": true, "cowork": false },
    "connectorPermissionsEnabled": true,
    "connectors": [{ "id": "jira", "name": "Jira", "tools": ["search_issues", "create_issue"] }],
    "toolPolicy": { "jira": { "level": "always", "tools": { "create_issue": "approval" } } },
    "roles": [
      {
        "id": "eng", "name": "Engineering",
        "capabilities": ["chat", "claude_code", "fast_mode"],
        "connectors": {
          "all": "approval",
          "byConnector": { "jira": { "custom": { "search_issues": "approval" } }, "github": "always" }
        }
      }
    ],
    "groups": [{ "id": "g-eng", "name": "Engineering", "source": "scim", "members": ["u1", "u2", "x9"] }],
    "roleAssignments": [{ "groupId": "g-eng", "roleId": "eng" }],
    "groupMappings": { "enabled": false, "mappings": [{ "groupId": "g-eng", "role": "custom" }] },
    "members": [{ "id": "u1", "email": "ana@acme.test", "role": "custom", "seat": "chat-code", "spendLimit": 5000 }],
    "spend": { "orgLimit": 100000, "multiGroup": "lowest", "groupLimits": [{ "groupId": "g-eng", "limit": 2000 }] }
  }`) as Record<string, unknown>;
}

/** SPEC §1's example with a second item in every list, so that every rule has something to bite on. */
export function richExample(): Record<string, unknown> {
  const doc = specExample();
  const second: Record<string, unknown> = {
    connectors: { id: "github", name: "GitHub", tools: ["search_code"] },
    roles: { id: "ops", name: "Operations", capabilities: ["chat"], connectors: { all: { custom: {} } } },
    groups: { id: "g-ops", name: "Operations", source: "manual", members: ["u2"] },
    roleAssignments: { groupId: "g-ops", roleId: "ops" },
    members: { id: "u2", role: "user" },
  };
  for (const [list, item] of Object.entries(second)) doc[list] = [...(doc[list] as unknown[]), item];
  doc["spend"] = {
    orgLimit: 100000,
    multiGroup: "highest",
    groupLimits: [
      { groupId: "g-eng", limit: 2000 },
      { groupId: "g-ops", limit: 500 },
    ],
  };
  return doc;
}

/** The smallest valid org: the required properties only. */
export function minimalOrg(): Record<string, unknown> {
  return {
    id: "acme",
    billing: "seat",
    seatPlan: "standard",
    provisioning: "scim",
    capabilities: {},
    connectorPermissionsEnabled: false,
    connectors: [],
    roles: [],
    groups: [],
    roleAssignments: [],
    members: [],
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `doc` with the value at `path` replaced by `change(old)`; `undefined` from `change` removes it. */
export function updateAt(doc: unknown, path: JsonPath, change: (old: unknown) => unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return change(doc);
  if (Array.isArray(doc) && key === doc.length) return [...doc, updateAt(undefined, rest, change)];
  if (Array.isArray(doc) && typeof key === "number")
    return doc.map((item: unknown, i) => (i === key ? updateAt(item, rest, change) : item));
  if (!isObject(doc) || typeof key !== "string") throw new Error(`no path ${JSON.stringify(path)}`);
  const entries = Object.entries(doc);
  if (rest.length === 0 && !Object.hasOwn(doc, key)) return Object.fromEntries([...entries, [key, change(undefined)]]);
  const changed = entries.map(([k, v]): [string, unknown] => [k, k === key ? updateAt(v, rest, change) : v]);
  return Object.fromEntries(changed.filter(([k, v]) => !(k === key && rest.length === 0 && v === undefined)));
}

/** `doc` with `value` at `path` (added when absent). */
export function setAt(doc: unknown, path: JsonPath, value: unknown): unknown {
  return updateAt(doc, path, () => value);
}

/** `doc` without the property at `path`. */
export function removeAt(doc: unknown, path: JsonPath): unknown {
  return updateAt(doc, path, () => undefined);
}

/** The object at `path` with its key `from` renamed to `to`, keeping the order. */
export function renameKeyAt(doc: unknown, path: JsonPath, from: string, to: string): unknown {
  return updateAt(doc, path, (old) =>
    Object.fromEntries(Object.entries(old as Record<string, unknown>).map(([k, v]) => [k === from ? to : k, v])),
  );
}

/** The value at `path`. */
export function valueAt(doc: unknown, path: JsonPath): unknown {
  let value = doc;
  for (const key of path)
    value = Array.isArray(value)
      ? value[key as number]
      : isObject(value) && Object.hasOwn(value, key)
        ? value[key as string]
        : undefined;
  return value;
}

/** Every path in a JSON value, the top one first, each with its value. */
export function allPaths(doc: unknown, path: JsonPath = []): { readonly path: JsonPath; readonly value: unknown }[] {
  const here = [{ path, value: doc }];
  if (Array.isArray(doc)) return [...here, ...doc.flatMap((item: unknown, i) => allPaths(item, [...path, i]))];
  if (isObject(doc)) return [...here, ...Object.entries(doc).flatMap(([k, v]) => allPaths(v, [...path, k]))];
  return here;
}

/** Whether `path` equals `prefix` or lies under it. */
export function startsWith(path: JsonPath, prefix: JsonPath): boolean {
  return prefix.length <= path.length && prefix.every((key, i) => path[i] === key);
}

/** An array whose every property read throws (a Proxy's trap), as a hostile caller may pass. */
export function throwingList(items: readonly unknown[]): unknown[] {
  return new Proxy([...items], {
    getOwnPropertyDescriptor: () => {
      throw new Error("trap");
    },
  });
}

/** Empty arrays whose `length` reads as something no array has: not a whole number of 0 or more (Proxies that lie). */
export function listsWithOddLengths(): unknown[][] {
  return [-1, 1.5, "1", "many"].map(
    (length) =>
      new Proxy([], {
        getOwnPropertyDescriptor: (target, key) =>
          key === "length"
            ? { value: length, writable: true, enumerable: false, configurable: false }
            : Reflect.getOwnPropertyDescriptor(target, key),
      }),
  );
}

/**
 * Checks that a one-pass reader stands in for its reporting reader on `value` (IN-1): it gives nothing
 * (and the reporting reader reads the value) or exactly what the reporting reader gives, and nothing
 * where that reader refuses the value.
 */
export function expectStandsIn<T>(
  plain: (value: unknown) => T | undefined,
  reported: (value: unknown) => T | undefined,
  value: unknown,
): void {
  const fast = plain(value);
  if (fast !== undefined) expect(fast).toStrictEqual(reported(value));
  if (reported(value) === undefined) expect(fast).toBeUndefined();
}

export { deepFreeze, unfrozenPaths } from "../freeze.js";
