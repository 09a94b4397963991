// The orgs of the golden books: the shipped examples, parsed as a user would, and variants of
// acme-eu that turn its org-level switches and memberships the other way.
import { readFileSync } from "node:fs";
import { parseOrg } from "../../src/index.js";
import type { Org } from "../../src/index.js";

/** A shipped example org (examples/orgs), parsed afresh. */
export function example(name: string): Org {
  return parseOrg(JSON.parse(readFileSync(new URL(`../../examples/orgs/${name}.json`, import.meta.url), "utf8")));
}

/**
 * acme-eu with every org-level switch it has turned the other way: connector permissions off (CON-6),
 * JIT provisioning (GRP-2: SCIM groups stop counting for roles), the lowest group limit and no org
 * limit (SPD-3, SPD-4), standard seats (CAP-7), group mappings off (GRP-3).
 */
export function acmeEuFlipped(): Org {
  const acmeEu = example("acme-eu");
  return parseOrg({
    ...acmeEu,
    id: "acme-eu-flipped",
    connectorPermissionsEnabled: false,
    provisioning: "jit",
    seatPlan: "standard",
    members: acmeEu.members.map(({ seat, ...member }) => member),
    groupMappings: { enabled: false, mappings: acmeEu.groupMappings?.mappings ?? [] },
    spend: { multiGroup: "lowest", groupLimits: acmeEu.spend?.groupLimits ?? [] },
  });
}

/** acme-eu with a low org limit that lowers some members' limits and not others' (SPD-4). */
export function acmeEuCapped(): Org {
  const acmeEu = example("acme-eu");
  return parseOrg({
    ...acmeEu,
    id: "acme-eu-capped",
    spend: { orgLimit: 7500, multiGroup: "highest", groupLimits: acmeEu.spend?.groupLimits ?? [] },
  });
}

/**
 * acme-eu with two mappings to the same built-in role (GRP-3: both groups named) and a role assigned
 * to a second group (a role held via two groups).
 */
export function acmeEuRemapped(): Org {
  const acmeEu = example("acme-eu");
  return parseOrg({
    ...acmeEu,
    id: "acme-eu-remapped",
    groupMappings: {
      enabled: true,
      mappings: [
        { groupId: "g-all", role: "admin" },
        { groupId: "g-eng", role: "admin" },
        { groupId: "g-research", role: "user" },
      ],
    },
    roleAssignments: [...acmeEu.roleAssignments, { groupId: "g-all", roleId: "business" }],
  });
}
