// CAP-7: on a dual-seat plan a Chat seat (or no seat) never has Claude Code, and a seat grants
// nothing by itself.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { hasCapability, resolveAccess, type Member, type Org, type Seat } from "../../../src/index.js";
import { arbOrg } from "../../arbitraries.js";
import { arbRichOrg } from "../mutations.js";
import { capabilityIds, deepFreeze, memberIds, runs } from "./questions.js";

const RUNS = 120;

/** The org on the given plan, with every member on the given seat (`null`: no seat). */
function withSeats(org: Org, seatPlan: Org["seatPlan"], seat: Seat | null): Org {
  const members = org.members.map((member): Member => {
    const seated: { -readonly [K in keyof Member]: Member[K] } = { ...member };
    if (seat === null) delete seated.seat;
    else seated.seat = seat;
    return seated;
  });
  return deepFreeze({ ...org, seatPlan, members });
}

describe("seats (CAP-7)", () => {
  test("on a dual-seat plan a Chat seat, or no seat, never has claude_code, whatever the built-in role (CAP-7)", () => {
    fc.assert(
      fc.property(arbRichOrg(arbOrg()), (raw) => {
        const org = deepFreeze({ ...raw, seatPlan: "dual" as const });
        for (const member of org.members) {
          if (member.seat === "chat-code") continue;
          expect(hasCapability(org, member.id, "claude_code").granted, `${member.id} (${member.role})`).toBe(false);
        }
        for (const seat of [null, "chat"] as const) {
          const seated = withSeats(org, "dual", seat);
          for (const memberId of memberIds(seated)) expect(hasCapability(seated, memberId, "claude_code").granted).toBe(false);
        }
      }),
      { numRuns: runs(RUNS) },
    );
  });

  test("a seat only ever takes claude_code away: on a dual-seat plan a Chat + Claude Code seat has exactly the standard plan's capabilities, and a Chat seat those without claude_code (CAP-7)", () => {
    fc.assert(
      fc.property(arbRichOrg(arbOrg()), (raw) => {
        const org = deepFreeze(raw);
        const standard = withSeats(org, "standard", null);
        const code = withSeats(org, "dual", "chat-code");
        const chat = withSeats(org, "dual", "chat");
        const none = withSeats(org, "dual", null);
        for (const memberId of memberIds(org)) {
          for (const capability of capabilityIds(org)) {
            const base = hasCapability(standard, memberId, capability).granted;
            expect(hasCapability(code, memberId, capability).granted, `${memberId} ${capability} on chat-code`).toBe(base);
            const expected = capability === "claude_code" ? false : base;
            expect(hasCapability(chat, memberId, capability).granted, `${memberId} ${capability} on chat`).toBe(expected);
            expect(hasCapability(none, memberId, capability).granted, `${memberId} ${capability} without seat`).toBe(expected);
          }
        }
      }),
      { numRuns: runs(RUNS) },
    );
  });

  test("a Custom-roles member without a role granting chat has no chat on any seat (CAP-7, CAP-4)", () => {
    fc.assert(
      fc.property(arbRichOrg(arbOrg()), (raw) => {
        const org = deepFreeze(raw);
        const granting = new Set(org.roles.filter((role) => role.capabilities.includes("chat")).map((role) => role.id));
        for (const [plan, seat] of [["standard", null], ["dual", null], ["dual", "chat"], ["dual", "chat-code"]] as const) {
          const seated = withSeats(org, plan, seat);
          for (const memberId of memberIds(seated)) {
            const access = resolveAccess(seated, memberId);
            if (access.builtInRole !== "custom" || access.roles.some((held) => granting.has(held.roleId))) continue;
            expect(hasCapability(seated, memberId, "chat").granted, `${memberId} on ${plan}/${String(seat)}`).toBe(false);
            expect(access.landingPage.page).toBe("settings");
          }
        }
      }),
      { numRuns: runs(RUNS) },
    );
  });
});
