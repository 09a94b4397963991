// The switches above every role: the org-wide tool policy (CON-4), the org-level capability
// switches (CAP-1) and connector permissions turned off (CON-6).
import fc from "fast-check";
import { describe, test } from "vitest";
import { resolveCapability, resolveAccess, resolveToolLevel, type Org } from "../../../src/index.js";
import { arbOrg } from "../../arbitraries.js";
import { arbRichOrg, arbSetToolPolicy, setToolPolicy, switchOff } from "../mutations.js";
import {
  capabilityIds,
  deepFreeze,
  expectNoProblems,
  least,
  levelIn,
  memberIds,
  orgEnables,
  policyLevel,
  rank,
  runs,
  strangerIds,
  toolCells,
} from "./questions.js";

const RUNS = 150;

/** Orgs of {@link arbRichOrg} with up to three policy entries set on their own connectors, frozen. */
const arbPolicedOrg = (): fc.Arbitrary<Org> =>
  fc
    .tuple(arbRichOrg(arbOrg()), fc.array(arbSetToolPolicy(), { maxLength: 3 }))
    .map(([org, changes]) => deepFreeze(changes.reduce<Org>((o, change) => setToolPolicy(o, change) ?? o, org)));

describe("ceilings (CON-4, CAP-1, CON-6)", () => {
  test("no effective tool level exceeds the org-wide tool policy level, for every member × connector × tool (CON-4)", () => {
    fc.assert(
      fc.property(arbPolicedOrg(), (org) => {
        const problems: string[] = [];
        for (const memberId of [...memberIds(org), ...strangerIds(org)]) {
          const access = resolveAccess(org, memberId);
          for (const { connectorId, tool } of toolCells(org)) {
            const ceiling = policyLevel(org, connectorId, tool);
            const level = resolveToolLevel(org, memberId, connectorId, tool).level;
            if (rank(level) > rank(ceiling))
              problems.push(`${memberId} ${connectorId}/${tool} is ${level} over the policy's ${ceiling}`);
            if (levelIn(access, connectorId, tool) !== level)
              problems.push(`${memberId} ${connectorId}/${tool}: access disagrees`);
          }
        }
        expectNoProblems(problems);
      }),
      { numRuns: runs(RUNS) },
    );
  });

  test("the org-wide tool policy only caps: every level is the least of the policy level and the level the member has with no policy at all (CON-4, CON-5, CON-6)", () => {
    fc.assert(
      fc.property(arbPolicedOrg(), (org) => {
        const open = deepFreeze({ ...org, toolPolicy: {} });
        const problems: string[] = [];
        for (const memberId of memberIds(org)) {
          for (const { connectorId, tool } of toolCells(org)) {
            const expected = least(
              policyLevel(org, connectorId, tool),
              resolveToolLevel(open, memberId, connectorId, tool).level,
            );
            const level = resolveToolLevel(org, memberId, connectorId, tool).level;
            if (level !== expected)
              problems.push(`${memberId} ${connectorId}/${tool} is ${level}, expected ${expected}`);
          }
        }
        expectNoProblems(problems);
      }),
      { numRuns: runs(RUNS) },
    );
  });

  test("a capability off at org level is nobody's, Owners and Primary Owners included (CAP-1)", () => {
    fc.assert(
      fc.property(arbRichOrg(arbOrg()), (raw) => {
        const org = deepFreeze(raw);
        const problems: string[] = [];
        for (const capability of capabilityIds(org)) {
          if (orgEnables(org, capability)) continue;
          for (const memberId of memberIds(org)) {
            if (resolveCapability(org, memberId, capability).granted) problems.push(`${memberId} has ${capability}`);
          }
        }
        expectNoProblems(problems);
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
        const problems: string[] = [];
        for (const memberId of memberIds(off)) {
          const decision = resolveCapability(off, memberId, capability);
          const access = resolveAccess(off, memberId);
          const listed = access.capabilities.find((d) => d.capability === capability);
          if (decision.granted || listed?.granted === true)
            problems.push(`${memberId} (${String(access.builtInRole)}) has ${capability}`);
          if (decision.orgEnabled) problems.push(`${capability} is reported on at org level`);
          if (!decision.rules.includes("CAP-1")) problems.push(`${memberId}: CAP-1 not cited: ${decision.summary}`);
        }
        expectNoProblems(problems);
      }),
      { numRuns: runs(RUNS) },
    );
  });

  test("while connector permissions are off, every member's tool level is the org-wide policy level, Custom-roles members included (CON-6)", () => {
    fc.assert(
      fc.property(arbPolicedOrg(), (raw) => {
        const org = deepFreeze({ ...raw, connectorPermissionsEnabled: false });
        const problems: string[] = [];
        for (const memberId of memberIds(org)) {
          const access = resolveAccess(org, memberId);
          for (const { connectorId, tool } of toolCells(org)) {
            const expected = policyLevel(org, connectorId, tool);
            const level = resolveToolLevel(org, memberId, connectorId, tool).level;
            if (level !== expected || levelIn(access, connectorId, tool) !== expected) {
              problems.push(`${memberId} ${connectorId}/${tool} is ${level}, the policy says ${expected}`);
            }
          }
        }
        expectNoProblems(problems);
      }),
      { numRuns: runs(RUNS) },
    );
  });
});
