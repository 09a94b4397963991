// Why a change cannot apply, as data (CHG-1): the appliers throw a Refusal, applyChanges turns it
// into a ChangeError with the change's index and kind, and src/words.ts words it.
import type { BuiltInRole } from "../org.js";

/** Why one change cannot apply: a stable code and the ids involved. */
export type ChangeFailure =
  | { readonly code: "at_out_of_range"; readonly at: number; readonly length: number }
  | {
      readonly code:
        | "unknown_role"
        | "unknown_group"
        | "unknown_member"
        | "unknown_connector"
        | "unknown_tool_policy"
        | "unknown_group_limit"
        | "duplicate_role"
        | "duplicate_group"
        | "duplicate_member"
        | "duplicate_connector";
      readonly id: string;
    }
  | { readonly code: "unknown_tool"; readonly connectorId: string; readonly tool: string }
  | { readonly code: "unknown_assignment" | "duplicate_assignment"; readonly groupId: string; readonly roleId: string }
  | { readonly code: "unknown_connector_grant"; readonly roleId: string; readonly connectorId: string }
  | {
      readonly code: "primary_owner_change";
      readonly memberId: string;
      readonly from: BuiltInRole;
      readonly to: BuiltInRole;
    };

/** Thrown by an applier when its change cannot apply; caught by applyChanges, never by callers. */
export class Refusal extends Error {
  constructor(readonly failure: ChangeFailure) {
    super(failure.code);
  }
}

/** Stops applying a change: it cannot apply, for this reason. */
export function refuse(failure: ChangeFailure): never {
  throw new Refusal(failure);
}
