// Custom roles and their Connectors tab: the All connectors row and the per-connector rows (SPEC §1).
import type { Level } from "../level.js";
import type { ConnectorGrant, CustomRole, RoleConnectors } from "../org.js";
import { readArray, readRecord, type Decoder } from "./containers.js";
import { OPTIONAL, readStruct, shape } from "./struct.js";
import { at, report, type Context, type Path } from "./context.js";
import { describe, kindOf } from "./read.js";
import { LEVEL_WORDS, idExpected, idOf, readLevel, readString } from "./scalars.js";
import { claim, uniqueIds, type Seen } from "./unique.js";

const GRANT = `${LEVEL_WORDS.expected}, or { "custom": { tool name: level } } (Custom)`;
const ALL_GRANT = `${LEVEL_WORDS.expected}, or { "custom": {} } (Custom: every connector set on its own row)`;
const NO_TOOLS = "{} (the All connectors row holds no tools)";

const readToolLevels: Decoder<Readonly<Record<string, Level>>> = (ctx, value, path) => readRecord(ctx, value, path, "tool name", readLevel);

const CUSTOM = /* @__PURE__ */ shape({ custom: "an object keyed by tool name" });
const ALL_CUSTOM = /* @__PURE__ */ shape({ custom: NO_TOOLS });

/** Reads a connector row: a level, or Custom with a level per tool (SPEC §1). */
export const readGrant: Decoder<ConnectorGrant | undefined> = (ctx, value, path) => {
  if (typeof value === "string") return readLevel(ctx, value, path);
  if (kindOf(value) === "object") return readStruct(ctx, value, path, CUSTOM, (f) => Object.freeze({ custom: f.get("custom", readToolLevels) }), undefined);
  report(ctx, path, "invalid_type", { expected: GRANT, received: describe(value) });
  return undefined;
};

// SPEC §1: on the All connectors row, Custom only means "every connector is set on its own row",
// so a tool there is an input error, whatever its level.
const readNoTools: Decoder<Readonly<Record<string, Level>>> = (ctx, value, path) =>
  readRecord<Level>(ctx, value, path, "tool name", (ctx2, _level, toolPath, key) => {
    const tool = describe(key);
    report(ctx2, toolPath, "tools_under_all_connectors", {
      expected: NO_TOOLS,
      received: `the tool ${tool}`,
      message: `unexpected tool ${tool} on the All connectors row: Custom there holds no tools, set the tool on its connector's own row in "byConnector"`,
    });
    return undefined;
  });

/** Reads the All connectors row: a level or `{ "custom": {} }`. */
export const readAllGrant: Decoder<ConnectorGrant> = (ctx, value, path) => {
  if (typeof value === "string") return readLevel(ctx, value, path);
  if (kindOf(value) === "object") {
    return readStruct<"custom", ConnectorGrant>(
      ctx,
      value,
      path,
      ALL_CUSTOM,
      (f) => Object.freeze({ custom: f.get("custom", readNoTools) }),
      // Stryker disable next-line StringLiteral: stand-in after a reported issue, never kept: parseOrg then fails
      "blocked",
    );
  }
  report(ctx, path, "invalid_type", { expected: ALL_GRANT, received: describe(value) });
  // Stryker disable next-line StringLiteral: stand-in after a reported issue, never kept: parseOrg then fails
  return "blocked";
};

const CONNECTORS = /* @__PURE__ */ shape({
  all: ALL_GRANT,
  byConnector: OPTIONAL,
});

/** Reads a role's Connectors tab: the All connectors row and the per-connector rows. */
export const readConnectors: Decoder<RoleConnectors> = (ctx, value, path) =>
  readStruct(
    ctx,
    value,
    path,
    CONNECTORS,
    (f): RoleConnectors =>
      Object.freeze({
        all: f.get("all", readAllGrant),
        ...(f.has("byConnector") ? { byConnector: f.get("byConnector", (c, v, p) => readRecord(c, v, p, "connector id", readGrant)) } : {}),
      }),
    // Stryker disable next-line ObjectLiteral,StringLiteral: stand-in after a reported issue, never kept: parseOrg then fails
    { all: "blocked" },
  );

const ROLE = /* @__PURE__ */ shape({
  id: idExpected("role id"),
  name: "a string",
  capabilities: "an array of capability ids",
  connectors: 'the Connectors tab, e.g. { "all": "approval" }',
});

const readRoleId = /* @__PURE__ */ idOf("role id");
const readCapability = /* @__PURE__ */ idOf("capability id");
const UNIQUE_ROLE = /* @__PURE__ */ uniqueIds("role", "roles");

/** Reads the org's custom roles; two roles may not share an id. Capabilities listed twice are harmless (IN-2). */
export function readRoles(ctx: Context, value: unknown, path: Path): readonly CustomRole[] {
  const seen: Seen = new Map();
  return readArray(ctx, value, path, (c, v, rolePath) =>
    readStruct(
      c,
      v,
      rolePath,
      ROLE,
      (f): CustomRole => {
        const id = f.get("id", readRoleId);
        claim(c, seen, UNIQUE_ROLE, id, at(rolePath, "id"), rolePath);
        return Object.freeze({
          id,
          name: f.get("name", readString),
          capabilities: f.get("capabilities", (c2, v2, p2) => readArray(c2, v2, p2, readCapability)),
          connectors: f.get("connectors", readConnectors),
        });
      },
      undefined,
    ),
  );
}
