// CAP-9 and CON-11: the UI state the library derives from a decision, against the model.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { capabilityUiState, effectiveApproval, resolveAccess, toolUiState } from "../../src/index.js";
import type { ApprovalChoice, Org } from "../../src/index.js";
import { modelHasCapability, modelOrgEnabled } from "../model/capabilities.js";
import {
  MODEL_CAPABILITY_MESSAGE,
  MODEL_TOOL_MESSAGE,
  modelApprovalOptions,
  modelCapabilityUiState,
  modelEffectiveApproval,
} from "../model/ui.js";
import { modelToolLevel } from "../model/tools.js";
import { askedMemberIds } from "./agreement.js";
import { DIFFERENTIAL_RUNS, arbSubjectOrg } from "./subjects.js";

const CHOICES: readonly ApprovalChoice[] = ["always", "ask", "never"];

function checkUi(org: Org): void {
  for (const memberId of askedMemberIds(org)) {
    const access = resolveAccess(org, memberId);
    for (const decision of access.capabilities) {
      const ui = capabilityUiState(decision);
      const state = modelCapabilityUiState(
        modelOrgEnabled(org, decision.capability),
        modelHasCapability(org, memberId, decision.capability),
      );
      expect([ui.capability, ui.state, ui.message], `${memberId} ${decision.capability}`).toEqual([
        decision.capability,
        state,
        state === "greyed-out" ? MODEL_CAPABILITY_MESSAGE : null,
      ]);
    }
    for (const connector of access.connectors) {
      for (const decision of connector.tools) {
        const level = modelToolLevel(org, memberId, connector.connectorId, decision.tool);
        const ui = toolUiState(decision);
        expect(
          {
            level: ui.level,
            greyedOut: ui.greyedOut,
            message: ui.message,
            options: ui.approvalOptions,
            offered: ui.offeredInConversation,
            always: ui.promptOffersAlwaysAllow,
          },
          `${memberId} ${connector.connectorId}/${decision.tool}`,
        ).toEqual({
          level,
          greyedOut: level === "blocked",
          message: level === "blocked" ? MODEL_TOOL_MESSAGE : null,
          options: modelApprovalOptions(level),
          offered: level !== "blocked",
          always: level === "always",
        });
        for (const choice of CHOICES)
          expect(effectiveApproval(decision, choice)).toBe(modelEffectiveApproval(level, choice));
      }
    }
  }
}

describe("differential: UI state against the reference model", () => {
  it("CAP-9, CON-11: capabilityUiState, toolUiState and effectiveApproval agree with the model for every member × capability and tool", () => {
    let orgs = 0;
    fc.assert(
      fc.property(arbSubjectOrg(), (org) => {
        checkUi(org);
        orgs++;
      }),
      { numRuns: DIFFERENTIAL_RUNS },
    );
    expect(orgs).toBe(DIFFERENTIAL_RUNS);
  });
});
