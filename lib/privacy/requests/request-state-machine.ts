// The data-subject request state machine (pure: no database). Every action is one rule: the
// states it may start from, the state it leads to, and who may take it. "system" actions are the
// runner's own (a hold found, a job finished or failed); no person can take them through the API.
import type { Capability } from "@/lib/rbac/capabilities";
import type { RequestAction, RequestState } from "@/lib/privacy/requests/request-types";

export type TransitionRule = {
  from: readonly RequestState[];
  /** "unchanged": the action records something (an extension) without moving the request */
  to: RequestState | "unchanged";
  by: Capability | "system";
};

/** States in which a request still needs an answer: the deadline runs. */
export const OPEN_STATES: readonly RequestState[] = [
  "received",
  "identity_verified",
  "approved",
  "on_hold",
  "executing",
  "failed",
];

export const TRANSITIONS: Record<Exclude<RequestAction, "receive">, TransitionRule> = {
  verify_identity: { from: ["received"], to: "identity_verified", by: "privacy:request" },
  approve: { from: ["identity_verified"], to: "approved", by: "privacy:approve" },
  reject: {
    from: ["received", "identity_verified", "approved", "on_hold"],
    to: "rejected",
    by: "privacy:request",
  },
  cancel: {
    from: ["received", "identity_verified", "approved", "on_hold", "failed"],
    to: "cancelled",
    by: "privacy:request",
  },
  extend: { from: OPEN_STATES, to: "unchanged", by: "privacy:request" },
  execute: { from: ["approved"], to: "executing", by: "privacy:execute" },
  // A failed job resumes from its saved progress.
  retry: { from: ["failed"], to: "executing", by: "privacy:execute" },
  // An active legal hold covers the person: the erasure waits, and continues once it is released.
  hold: { from: ["approved", "failed"], to: "on_hold", by: "system" },
  release: { from: ["on_hold"], to: "executing", by: "system" },
  complete: { from: ["executing"], to: "completed", by: "system" },
  fail: { from: ["executing"], to: "failed", by: "system" },
};

export type PersonAction = {
  [A in keyof typeof TRANSITIONS]: (typeof TRANSITIONS)[A]["by"] extends "system" ? never : A;
}[keyof typeof TRANSITIONS];

/** The state an action leads to from a state, or null when the action is not allowed there. */
export function nextState(
  state: RequestState,
  action: Exclude<RequestAction, "receive">,
): RequestState | null {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(state)) return null;
  return rule.to === "unchanged" ? state : rule.to;
}

export function isOpen(state: RequestState): boolean {
  return OPEN_STATES.includes(state);
}
