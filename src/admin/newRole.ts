// A new custom role as the create-role flow starts it (CON-9): the one place that rule is written.
import type { CustomRole } from "../org.js";
import type { CreateRole } from "./change.js";

/** The role a `createRole` change creates: what it gives, and CON-9's defaults for what it omits. */
export function roleOf(given: CreateRole["role"]): CustomRole {
  return {
    id: given.id,
    name: given.name,
    // CON-9: `chat` on and every other capability off; the All connectors row at Needs approval.
    capabilities: given.capabilities ?? ["chat"],
    connectors: given.connectors ?? { all: "approval" },
  };
}
