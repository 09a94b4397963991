// Custom roles and their Connectors tab: the All connectors row and the per-connector rows (SPEC §1).
import type { Level } from "../level.js";
import type { ConnectorGrant, CustomRole, RoleConnectors } from "../org.js";
import { readArray, readRecord, type Decoder } from "./containers.js";
import { optional, readStruct, required, shape, type Required } from "./struct.js";
import { report } from "./context.js";
import { describe, kindOf } from "./read.js";
import { LEVEL_WORDS, idExpected, idOf, readLevel, readString } from "./scalars.js";
import { unique, uniqueIds } from "./unique.js";

const GRANT = `${LEVEL_WORDS.expected}, or { "custom": { tool name: level } } (Custom)`;
const ALL_GRANT = `${LEVEL_WORDS.expected}, or { "custom": {} } (Custom: every connector set on its own row)`;
const NO_TOOLS = "{} (the All connectors row holds no tools)";

const readToolLevels: Decoder<Readonly<Record<string, Level>>> = (ctx, value, path) =>
  readRecord(ctx, value, path, "tool name", readLevel);

/** A reader of a row of the Connectors tab: a level, or Custom with its `custom` property; anything else is refused as not `expected`. */
function grantOf(custom: Required<Readonly<Record<string, Level>>>, expected: string): Decoder<ConnectorGrant> {
  const row = shape({ custom });
  return (ctx, value, path) => {
    if (typeof value === "string") return readLevel(ctx, value, path);
    if (kindOf(value) === "object") return readStruct(ctx, value, path, row);
    report(ctx, path, "invalid_type", () => ({ expected, received: describe(value) }));
    return undefined;
  };
}

/** Reads a connector row: a level, or Custom with a level per tool (SPEC §1). */
export const readGrant: Decoder<ConnectorGrant> = /* @__PURE__ */ grantOf(
  required(readToolLevels, "an object keyed by tool name"),
  GRANT,
);

// SPEC §1: on the All connectors row, Custom only means "every connector is set on its own row",
// so a tool there is an input error, whatever its level.
const readNoTools: Decoder<Readonly<Record<string, Level>>> = (ctx, value, path) =>
  readRecord<Level>(ctx, value, path, "tool name", (ctx2, _level, toolPath, key) => {
    report(ctx2, toolPath, "tools_under_all_connectors", () => {
      const tool = describe(key);
      return {
        expected: NO_TOOLS,
        received: `the tool ${tool}`,
        message: `unexpected tool ${tool} on the All connectors row: Custom there holds no tools, set the tool on its connector's own row in "byConnector"`,
      };
    });
    return undefined;
  });

/** Reads the All connectors row: a level or `{ "custom": {} }`. */
export const readAllGrant: Decoder<ConnectorGrant> = /* @__PURE__ */ grantOf(
  required(readNoTools, NO_TOOLS),
  ALL_GRANT,
);

const readRows: Decoder<Readonly<Record<string, ConnectorGrant>>> = (ctx, value, path) =>
  readRecord(ctx, value, path, "connector id", readGrant);

const CONNECTORS = /* @__PURE__ */ shape({
  all: required(readAllGrant, ALL_GRANT),
  byConnector: optional(readRows),
});

/** Reads a role's Connectors tab: the All connectors row and the per-connector rows. */
export const readConnectors: Decoder<RoleConnectors> = (ctx, value, path) => readStruct(ctx, value, path, CONNECTORS);
const readRoleId = /* @__PURE__ */ idOf("role id");
const readCapability = /* @__PURE__ */ idOf("capability id");
const readCapabilities: Decoder<readonly string[]> = (ctx, value, path) => readArray(ctx, value, path, readCapability);
const UNIQUE_ROLE = /* @__PURE__ */ uniqueIds("role", "roles");

/** Reads the org's custom roles; two roles may not share an id. Capabilities listed twice are harmless (IN-2). */
export const readRoles: Decoder<readonly CustomRole[]> = (ctx, value, path) => {
  const role = shape({
    id: required(unique(UNIQUE_ROLE, readRoleId), idExpected("role id")),
    name: required(readString, "a string"),
    capabilities: required(readCapabilities, "an array of capability ids"),
    connectors: required(readConnectors, 'the Connectors tab, e.g. { "all": "approval" }'),
  });
  return readArray(ctx, value, path, (c, v, p): CustomRole | undefined => readStruct(c, v, p, role));
};
