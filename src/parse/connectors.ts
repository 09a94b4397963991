// Connectors the org has added, and the org-wide tool policy (SPEC §1). A policy entry for a
// connector the org has not added, or for a tool its connector does not list, is fine (IN-2).
import type { Connector, ToolPolicy, ToolPolicyEntry } from "../org.js";
import { readArray, readRecord, type Decoder } from "./containers.js";
import { OPTIONAL, readStruct, shape, type Fields } from "./struct.js";
import { at, type Context, type Path } from "./context.js";
import { idExpected, idOf, readLevel, readString } from "./scalars.js";
import { claim, uniqueIds, type Seen, type Uniqueness } from "./unique.js";

const CONNECTOR_FIELDS = {
  id: idExpected("connector id"),
  name: "a string",
  tools: "an array of tool names, each listed once",
};
const CONNECTOR = /* @__PURE__ */ shape(CONNECTOR_FIELDS);
const readConnectorId = /* @__PURE__ */ idOf("connector id");
const readToolName = /* @__PURE__ */ idOf("tool name");
const UNIQUE_CONNECTOR = /* @__PURE__ */ uniqueIds("connector", "connectors");
const UNIQUE_TOOL: Uniqueness = {
  code: "duplicate_tool",
  expected: "a tool name that the connector does not list yet",
  message: (tool, first) => `tool ${tool} listed twice: ${first} lists it already, list each tool once`,
};

function readTools(ctx: Context, value: unknown, path: Path): readonly string[] {
  const seen: Seen = new Map();
  return readArray(ctx, value, path, (c, v, toolPath) => {
    const tool = readToolName(c, v, toolPath);
    claim(c, seen, UNIQUE_TOOL, tool, toolPath, toolPath);
    return tool;
  });
}

function buildConnector(f: Fields<keyof typeof CONNECTOR_FIELDS>, claimId: (id: string) => void): Connector {
  const id = f.get("id", readConnectorId);
  claimId(id);
  return Object.freeze({ id, name: f.get("name", readString), tools: f.get("tools", readTools) });
}

/** Reads one connector (SPEC §1 form), as an admin change gives it; it may not list a tool twice. */
export const readConnector: Decoder<Connector | undefined> = (ctx, value, path) =>
  readStruct(ctx, value, path, CONNECTOR, (f) => buildConnector(f, () => undefined), undefined);

/** Reads the connectors added to the org; two connectors may not share an id, nor a connector list a tool twice. */
export function readConnectorList(ctx: Context, value: unknown, path: Path): readonly Connector[] {
  const seen: Seen = new Map();
  return readArray(ctx, value, path, (c, v, connectorPath) =>
    readStruct(c, v, connectorPath, CONNECTOR, (f) => buildConnector(f, (id) => claim(c, seen, UNIQUE_CONNECTOR, id, at(connectorPath, "id"), connectorPath)), undefined),
  );
}

const ENTRY = /* @__PURE__ */ shape({
  level: OPTIONAL,
  tools: OPTIONAL,
});

const readEntry: Decoder<ToolPolicyEntry | undefined> = (ctx, value, path) =>
  readStruct(
    ctx,
    value,
    path,
    ENTRY,
    (f): ToolPolicyEntry =>
      Object.freeze({
        ...(f.has("level") ? { level: f.get("level", readLevel) } : {}),
        ...(f.has("tools") ? { tools: f.get("tools", (c, v, p) => readRecord(c, v, p, "tool name", readLevel)) } : {}),
      }),
    undefined,
  );

/** Reads the org-wide tool policy: connector id → its entry. Absent levels stay absent (the engine reads them as `"always"`). */
export const readToolPolicy: Decoder<ToolPolicy> = (ctx, value, path) => readRecord(ctx, value, path, "connector id", readEntry);
