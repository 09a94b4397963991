// Connectors the org has added, and the org-wide tool policy (SPEC §1). A policy entry for a
// connector the org has not added, or for a tool its connector does not list, is fine (IN-2).
import type { Connector, ToolPolicy, ToolPolicyEntry } from "../org.js";
import { readArray, readRecord, type Decoder } from "./containers.js";
import { optional, readStruct, required, shape } from "./struct.js";
import { idExpected, idOf, readLevel, readString } from "./scalars.js";
import { unique, uniqueIds, type Uniqueness } from "./unique.js";

const readConnectorId = /* @__PURE__ */ idOf("connector id");
const readToolName = /* @__PURE__ */ idOf("tool name");
const UNIQUE_CONNECTOR = /* @__PURE__ */ uniqueIds("connector", "connectors");
const UNIQUE_TOOL: Uniqueness = {
  code: "duplicate_tool",
  expected: "a tool name that the connector does not list yet",
  message: (tool, first) => `tool ${tool} listed twice: ${first} lists it already, list each tool once`,
  first: "item",
};

const readTools: Decoder<readonly string[]> = (ctx, value, path) =>
  readArray(ctx, value, path, unique(UNIQUE_TOOL, readToolName));

/** The shape of a connector, its id read by `readId` (which, in a list, also refuses a repeat). */
function connectorShape(readId: Decoder<string>) {
  return shape({
    id: required(readId, idExpected("connector id")),
    name: required(readString, "a string"),
    tools: required(readTools, "an array of tool names, each listed once"),
  });
}

const CONNECTOR = /* @__PURE__ */ connectorShape(readConnectorId);

/** Reads one connector (SPEC §1 form), as an admin change gives it; it may not list a tool twice. */
export const readConnector: Decoder<Connector> = (ctx, value, path) => readStruct(ctx, value, path, CONNECTOR);

/** Reads the connectors added to the org; two connectors may not share an id, nor a connector list a tool twice. */
export const readConnectorList: Decoder<readonly Connector[]> = (ctx, value, path) => {
  const connector = connectorShape(unique(UNIQUE_CONNECTOR, readConnectorId));
  return readArray(ctx, value, path, (c, v, p): Connector | undefined => readStruct(c, v, p, connector));
};

const ENTRY = /* @__PURE__ */ shape({
  level: optional(readLevel),
  tools: optional((ctx, value, path) => readRecord(ctx, value, path, "tool name", readLevel)),
});

/** Reads the org-wide tool policy: connector id → its entry. Absent levels stay absent (the engine reads them as `"always"`). */
export const readToolPolicy: Decoder<ToolPolicy> = (ctx, value, path) =>
  readRecord(ctx, value, path, "connector id", (c, v, p): ToolPolicyEntry | undefined => readStruct(c, v, p, ENTRY));
