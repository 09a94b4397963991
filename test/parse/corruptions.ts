// Single-field corruptions of a valid org, for IN-1's property tests: each one changes one place of
// the document so that it is no longer a valid org, and says where the parser must report it. The
// org format's rules are restated here from SPEC §1, independently of src/parse.
import fc from "fast-check";
import { arbOrgJson } from "../arbitraries.js";
import { allPaths, removeAt, renameKeyAt, setAt, valueAt, type JsonPath } from "./fixtures.js";

/** One corrupted document: what changed, where the parser must report it, and with which code. */
export interface Corruption {
  readonly kind: string;
  readonly path: JsonPath;
  readonly code: string;
  readonly doc: unknown;
  /** The same change, for any document with the same shape around `path`. */
  readonly change: (doc: unknown) => unknown;
  /** A rule JSON Schema cannot express (ids unique across objects): only parseOrg refuses it. */
  readonly crossObject: boolean;
}

type ObjectKind =
  | "org"
  | "role"
  | "connectors"
  | "custom"
  | "group"
  | "member"
  | "connector"
  | "entry"
  | "assignment"
  | "mappings"
  | "mapping"
  | "spend"
  | "limit";

// SPEC §1 and the Org types: the required properties of each kind of object.
const REQUIRED: Readonly<Record<ObjectKind, readonly string[]>> = {
  org: [
    "id",
    "billing",
    "seatPlan",
    "provisioning",
    "capabilities",
    "connectorPermissionsEnabled",
    "connectors",
    "roles",
    "groups",
    "roleAssignments",
    "members",
  ],
  role: ["id", "name", "capabilities", "connectors"],
  connectors: ["all"],
  custom: ["custom"],
  group: ["id", "name", "source", "members"],
  member: ["id", "role"],
  connector: ["id", "name", "tools"],
  entry: [],
  assignment: ["groupId", "roleId"],
  mappings: [],
  mapping: ["groupId", "role"],
  spend: [],
  limit: ["groupId", "limit"],
};

/** The kind of object (not record) found at a path of a valid org, if any. */
function objectKind(path: JsonPath): ObjectKind | undefined {
  const p = path.map((k) => (typeof k === "number" ? "#" : k));
  const shape = p.join("/");
  const fixed: Record<string, ObjectKind> = {
    "": "org",
    "roles/#": "role",
    "roles/#/connectors": "connectors",
    "roles/#/connectors/all": "custom",
    "groups/#": "group",
    "members/#": "member",
    "connectors/#": "connector",
    "roleAssignments/#": "assignment",
    groupMappings: "mappings",
    "groupMappings/mappings/#": "mapping",
    spend: "spend",
    "spend/groupLimits/#": "limit",
  };
  if (Object.hasOwn(fixed, shape)) return fixed[shape];
  if (p.length === 5 && shape.startsWith("roles/#/connectors/byConnector/")) return "custom";
  if (p.length === 2 && p[0] === "toolPolicy") return "entry";
  return undefined;
}

/** Record paths: objects keyed by ids, with the code of a bad key. */
function isRecord(path: JsonPath): boolean {
  const p = path.map((k) => (typeof k === "number" ? "#" : "*"));
  const last = path[path.length - 1];
  return (
    (path.length === 1 && (last === "capabilities" || last === "toolPolicy")) ||
    (last === "byConnector" && p.length === 4) ||
    (last === "custom" && path[3] !== "all" && p.length === 6) ||
    (last === "tools" && path[0] === "toolPolicy" && p.length === 3)
  );
}

const MONEY = /^(members\/#\/spendLimit|spend\/orgLimit|spend\/groupLimits\/#\/limit)$/;
const ID =
  /^(id|parentId|roles\/#\/id|roles\/#\/capabilities\/#|groups\/#\/id|groups\/#\/members\/#|members\/#\/id|connectors\/#\/id|connectors\/#\/tools\/#|roleAssignments\/#\/(groupId|roleId)|groupMappings\/mappings\/#\/groupId|spend\/groupLimits\/#\/groupId)$/;
const WORDS: readonly [RegExp, string][] = [
  [/^billing$/, "unknown_billing"],
  [/^seatPlan$/, "unknown_seat_plan"],
  [/^provisioning$/, "unknown_provisioning"],
  [/^members\/#\/role$/, "unknown_built_in_role"],
  [/^members\/#\/seat$/, "unknown_seat"],
  [/^groups\/#\/source$/, "unknown_group_source"],
  [/^groupMappings\/mappings\/#\/role$/, "unknown_mapped_role"],
  [/^spend\/multiGroup$/, "unknown_multi_group"],
  [
    /^(roles\/#\/connectors\/all|roles\/#\/connectors\/byConnector\/\*|roles\/#\/connectors\/byConnector\/\*\/custom\/\*|toolPolicy\/\*\/level|toolPolicy\/\*\/tools\/\*)$/,
    "unknown_level",
  ],
];

/** The path with indexes as `#` and record keys as `*`, for matching. */
function pattern(path: JsonPath): string {
  return path.map((k, i) => (typeof k === "number" ? "#" : isRecord(path.slice(0, i)) ? "*" : k)).join("/");
}

/** A value of another JSON type than `value`, valid nowhere `value` is valid. */
function retyped(value: unknown): unknown {
  if (typeof value === "string") return 42;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return String(value);
  return Array.isArray(value) ? {} : [];
}

/** Every single-field corruption of a valid org document. */
export function corruptionsOf(doc: unknown): Corruption[] {
  const out: Corruption[] = [];
  const add = (
    kind: string,
    path: JsonPath,
    code: string,
    change: (d: unknown) => unknown,
    crossObject = false,
  ): void => {
    // The corrupted document is built when asked for: an org has hundreds of corruptions.
    out.push({
      kind,
      path,
      code,
      change,
      crossObject,
      get doc() {
        return change(doc);
      },
    });
  };
  for (const { path, value } of allPaths(doc)) {
    const shape = pattern(path);
    if (path.length > 0)
      add("retype", path, MONEY.test(shape) ? "invalid_money" : "invalid_type", (d) => setAt(d, path, retyped(value)));
    if (MONEY.test(shape))
      for (const bad of [-1, 1.5, 2 ** 53]) add("money", path, "invalid_money", (d) => setAt(d, path, bad));
    if (ID.test(shape)) add("empty id", path, "empty_id", (d) => setAt(d, path, ""));
    for (const [re, code] of WORDS)
      if (re.test(shape) && typeof value === "string") add("unknown word", path, code, (d) => setAt(d, path, "allow"));
    const kind = objectKind(path);
    if (kind !== undefined && typeof value === "object" && value !== null && !Array.isArray(value)) {
      add("unknown property", [...path, "spendLimt"], "unknown_property", (d) => setAt(d, [...path, "spendLimt"], 1));
      for (const key of REQUIRED[kind])
        add("missing", [...path, key], "missing_property", (d) => removeAt(d, [...path, key]));
    }
    if (isRecord(path) && typeof value === "object" && value !== null) {
      const keys = Object.keys(value);
      const first = keys[0];
      add("record value", [...path, "zz-new"], "invalid_type", (d) => setAt(d, [...path, "zz-new"], null));
      if (first !== undefined && !keys.includes(""))
        add("empty key", [...path, ""], "empty_id", (d) => renameKeyAt(d, path, first, ""));
    }
    if (shape === "roles/#/connectors/all")
      add("tool on All connectors", [...path, "custom", "t"], "tools_under_all_connectors", (d) =>
        setAt(d, path, { custom: { t: "always" } }),
      );
    if (shape === "roles/#/connectors/all/custom")
      add("tool on All connectors", [...path, "t"], "tools_under_all_connectors", (d) =>
        setAt(d, [...path, "t"], "blocked"),
      );
  }
  addDuplicates(doc, add);
  return out;
}

function addDuplicates(
  doc: unknown,
  add: (kind: string, path: JsonPath, code: string, change: (d: unknown) => unknown, crossObject?: boolean) => void,
): void {
  for (const list of ["roles", "groups", "members", "connectors"]) {
    const items = valueAt(doc, [list]) as readonly { id: string }[];
    if (items.length >= 2)
      add(
        "duplicate id",
        [list, items.length - 1, "id"],
        "duplicate_id",
        (d) => setAt(d, [list, items.length - 1, "id"], items[0]?.id),
        true,
      );
  }
  (valueAt(doc, ["connectors"]) as readonly { tools: readonly string[] }[]).forEach((connector, c) => {
    const n = connector.tools.length;
    if (n >= 2)
      add("duplicate tool", ["connectors", c, "tools", n - 1], "duplicate_tool", (d) =>
        setAt(d, ["connectors", c, "tools", n - 1], connector.tools[0]),
      );
  });
  const limits = valueAt(doc, ["spend", "groupLimits"]) as readonly { groupId: string }[] | undefined;
  if (limits !== undefined && limits.length >= 2) {
    const path = ["spend", "groupLimits", limits.length - 1, "groupId"];
    add("duplicate group limit", path, "duplicate_group_limit", (d) => setAt(d, path, limits[0]?.groupId), true);
  }
}

/** A valid generated org with one of its single-field corruptions. */
export function arbCorruption(): fc.Arbitrary<Corruption> {
  return fc.tuple(arbOrgJson(), fc.nat()).map(([doc, n]) => {
    const all = corruptionsOf(doc);
    return all[n % all.length] as Corruption;
  });
}
