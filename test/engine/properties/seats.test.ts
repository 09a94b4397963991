// CAP-7: on a dual-seat plan a Chat seat (or no seat) never has Claude Code, and a seat grants
// nothing by itself.
import fc from "fast-check";
import { describe, test } from "vitest";
import { resolveCapability, resolveAccess, type Member, type Org, type Seat } from "../../../src/index.js";
import { arbOrg } from "../../arbitraries.js";
import { arbRichOrg } from "../mutations.js";
import { capabilityIds, deepFreeze, expectNoProblems, memberIds, runs } from "./questions.js";

const RUNS = 150;

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
        const problems: string[] = [];
        for (const member of org.members) {
          if (member.seat === "chat-code") continue;
          if (resolveCapability(org, member.id, "claude_code").granted)
            problems.push(`${member.id} (${member.role}) on ${String(member.seat)}`);
        }
        for (const seat of [null, "chat"] as const) {
          const seated = withSeats(org, "dual", seat);
          for (const member of seated.members) {
            if (resolveCapability(seated, member.id, "claude_code").granted)
              problems.push(`${member.id} (${member.role}) on ${String(seat)}`);
          }
        }
        expectNoProblems(problems);
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
        const problems: string[] = [];
        for (const memberId of memberIds(org)) {
          for (const capability of capabilityIds(org)) {
            const base = resolveCapability(standard, memberId, capability).granted;
            const expected = capability === "claude_code" ? false : base;
            for (const [seated, seat, wanted] of [
              [code, "chat-code", base],
              [chat, "chat", expected],
              [none, "no seat", expected],
            ] as const) {
              const granted = resolveCapability(seated, memberId, capability).granted;
              if (granted !== wanted)
                problems.push(
                  `${memberId} ${capability} on ${seat}: ${String(granted)}, standard plan ${String(base)}`,
                );
            }
          }
        }
        expectNoProblems(problems);
      }),
      { numRuns: runs(RUNS) },
    );
  });

  test("a Custom-roles member without a role granting chat has no chat on any seat (CAP-7, CAP-4)", () => {
    fc.assert(
      fc.property(arbRichOrg(arbOrg()), (raw) => {
        const org = deepFreeze(raw);
        const granting = new Set(org.roles.filter((role) => role.capabilities.includes("chat")).map((role) => role.id));
        const problems: string[] = [];
        for (const [plan, seat] of [
          ["standard", null],
          ["dual", null],
          ["dual", "chat"],
          ["dual", "chat-code"],
        ] as const) {
          const seated = withSeats(org, plan, seat);
          for (const memberId of memberIds(seated)) {
            const access = resolveAccess(seated, memberId);
            if (access.builtInRole !== "custom" || access.roles.some((held) => granting.has(held.roleId))) continue;
            if (resolveCapability(seated, memberId, "chat").granted || access.landingPage.page !== "settings") {
              problems.push(`${memberId} on ${plan}/${String(seat)} has chat`);
            }
          }
        }
        expectNoProblems(problems);
      }),
      { numRuns: runs(RUNS) },
    );
  });
});
