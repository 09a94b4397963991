// The switches above every role: the org-wide tool policy (CON-4), the org-level capability
// switches (CAP-1) and connector permissions turned off (CON-6).
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { hasCapability, resolveAccess, resolveToolLevel, type Org } from "../../../src/index.js";
import { arbOrg } from "../../arbitraries.js";
import { arbRichOrg, arbSetToolPolicy, setToolPolicy, switchOff } from "../mutations.js";
import {
  capabilityIds,
  deepFreeze,
  least,
  levelIn,
  memberIds,
  orgEnables,
  policyLevel,
  rank,
  strangerIds,
  toolCells,
  runs,
} from "./questions.js";

const RUNS = 120;

describe("ceilings (CON-4, CAP-1, CON-6)", () => {
  test("no effective tool level exceeds the org-wide tool policy level, for every member × connector × tool (CON-4)", () => {
    fc.assert(
      fc.property(arbRichOrg(arbOrg()), fc.array(arbSetToolPolicy(), { maxLength: 3 }), (raw, changes) => {
        const org = deepFreeze(changes.reduce<Org>((o, change) => setToolPolicy(o, change) ?? o, raw));
        for (const memberId of [...memberIds(org), ...strangerIds(org)]) {
          const access = resolveAccess(org, memberId);
          for (const { connectorId, tool } of toolCells(org)) {
            const ceiling = policyLevel(org, connectorId, tool);
            const level = resolveToolLevel(org, memberId, connectorId, tool).level;
            expect(rank(level), `${memberId} ${connectorId}/${tool}`).toBeLessThanOrEqual(rank(ceiling));
            expect(levelIn(access, connectorId, tool)).toBe(level);
          }
        }
      }),
      { numRuns: runs(RUNS) },
    );
  });

  test("the org-wide tool policy only caps: every level is the least of the policy level and the level the member has with no policy at all (CON-4, CON-5, CON-6)", () => {
    fc.assert(
      fc.property(arbRichOrg(arbOrg()), fc.array(arbSetToolPolicy(), { maxLength: 3 }), (raw, changes) => {
        const org = deepFreeze(changes.reduce<Org>((o, change) => setToolPolicy(o, change) ?? o, raw));
        const open = deepFreeze({ ...org, toolPolicy: {} });
        for (const memberId of memberIds(org)) {
          for (const { connectorId, tool } of toolCells(org)) {
            const uncapped = resolveToolLevel(open, memberId, connectorId, tool).level;
            expect(resolveToolLevel(org, memberId, connectorId, tool).level, `${memberId} ${connectorId}/${tool}`).toBe(
              least(policyLevel(org, connectorId, tool), uncapped),
            );
          }
        }
      }),
      { numRuns: runs(RUNS) },
    );
  });

  test("a capability off at org level is nobody's, Owners and Primary Owners included (CAP-1)", () => {
    fc.assert(
      fc.property(arbRichOrg(arbOrg()), (raw) => {
        const org = deepFreeze(raw);
        for (const capability of capabilityIds(org)) {
          if (orgEnables(org, capability)) continue;
          for (const memberId of memberIds(org)) {
            expect(hasCapability(org, memberId, capability).granted, `${memberId} has ${capability}`).toBe(false);
          }
        }
      }),
      { numRuns: runs(RUNS) },
    );
  });

  test("switching a capability off at org level takes it from everyone, Owners and Primary Owners included (CAP-1)", () => {
    fc.assert(
      fc.property(arbRichOrg(arbOrg()), fc.nat(), fc.boolean(), (raw, which, remove) => {
        const org = deepFreeze(raw);
        const ids = capabilityIds(org);
        const capability = ids[which % ids.length] ?? "chat";
        const off = deepFreeze(switchOff(org, capability, remove));
        expect(orgEnables(off, capability)).toBe(false);
        for (const memberId of memberIds(off)) {
          const decision = hasCapability(off, memberId, capability);
          expect(decision.granted, `${memberId} (${resolveAccess(off, memberId).builtInRole}) has ${capability}`).toBe(false);
          expect(decision.orgEnabled).toBe(false);
          expect(decision.rules).toContain("CAP-1");
          const listed = resolveAccess(off, memberId).capabilities.find((d) => d.capability === capability);
          if (listed !== undefined) expect(listed.granted).toBe(false);
        }
      }),
      { numRuns: runs(RUNS) },
    );
  });

  test("while connector permissions are off, every member's tool level is the org-wide policy level, Custom-roles members included (CON-6)", () => {
    fc.assert(
      fc.property(arbRichOrg(arbOrg()), (raw) => {
        const org = deepFreeze({ ...raw, connectorPermissionsEnabled: false });
        for (const memberId of memberIds(org)) {
          const access = resolveAccess(org, memberId);
          for (const { connectorId, tool } of toolCells(org)) {
            const expected = policyLevel(org, connectorId, tool);
            expect(resolveToolLevel(org, memberId, connectorId, tool).level, `${memberId} ${connectorId}/${tool}`).toBe(expected);
            expect(levelIn(access, connectorId, tool)).toBe(expected);
          }
        }
      }),
      { numRuns: runs(RUNS) },
    );
  });
});
