import { describe, expect, test } from "vitest";
import { REQUEST_STATES, type RequestState } from "@/lib/privacy/requests/request-types";
import { TRANSITIONS, nextState } from "@/lib/privacy/requests/request-state-machine";

// Every (state, action) pair: the table below is the whole machine, written out independently of
// TRANSITIONS so that a change to one without the other fails here.
const EXPECTED: Record<keyof typeof TRANSITIONS, Partial<Record<RequestState, RequestState>>> = {
  verify_identity: { received: "identity_verified" },
  approve: { identity_verified: "approved" },
  reject: { received: "rejected", identity_verified: "rejected", approved: "rejected", on_hold: "rejected" },
  cancel: {
    received: "cancelled",
    identity_verified: "cancelled",
    approved: "cancelled",
    on_hold: "cancelled",
    failed: "cancelled",
  },
  extend: {
    received: "received",
    identity_verified: "identity_verified",
    approved: "approved",
    on_hold: "on_hold",
    executing: "executing",
    failed: "failed",
  },
  execute: { approved: "executing" },
  retry: { failed: "executing" },
  hold: { approved: "on_hold", failed: "on_hold" },
  release: { on_hold: "executing" },
  complete: { executing: "completed" },
  fail: { executing: "failed" },
};

describe("request state machine", () => {
  for (const [action, allowed] of Object.entries(EXPECTED) as [
    keyof typeof TRANSITIONS,
    typeof EXPECTED.approve,
  ][]) {
    for (const state of REQUEST_STATES) {
      const expected = allowed[state] ?? null;
      test(`${action} from ${state} → ${expected ?? "refused"}`, () => {
        expect(nextState(state, action)).toBe(expected);
      });
    }
  }

  test("closed states allow nothing", () => {
    for (const state of ["completed", "rejected", "cancelled"] as const)
      for (const action of Object.keys(TRANSITIONS) as (keyof typeof TRANSITIONS)[])
        expect(nextState(state, action)).toBeNull();
  });

  test("system actions cannot be taken by a capability", () => {
    expect(["hold", "release", "complete", "fail"].map((a) => TRANSITIONS[a as "hold"].by)).toEqual([
      "system",
      "system",
      "system",
      "system",
    ]);
  });
});
