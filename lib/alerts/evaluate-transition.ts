import type { AlertComparison, AlertStateName } from "@/lib/alerts/alert-types";

// The state machine of one rule instance, pure so that it is unit-tested without a clock or a DB.
// inactive → pending (condition holds) → firing (held for forSeconds) → resolved (condition cleared).
// A condition that clears while pending goes back to inactive without firing and without a
// notification (flapping); forSeconds 0 fires at the first breach.

export type InstanceState = {
  state: AlertStateName;
  pendingSince: Date | null;
  firedAt: Date | null;
  resolvedAt: Date | null;
};

export type Transition = {
  /** null: the instance is inactive (no row kept) */
  next: InstanceState | null;
  /** the history rows to write; firing and resolved ones are notified */
  events: AlertStateName[];
};

export function isBreached(value: number | null, comparison: AlertComparison, threshold: number): boolean {
  if (value === null || Number.isNaN(value)) return false;
  switch (comparison) {
    case "gt":
      return value > threshold;
    case "gte":
      return value >= threshold;
    case "lt":
      return value < threshold;
    case "lte":
      return value <= threshold;
  }
}

export function evaluateTransition(input: {
  previous: InstanceState | null;
  breached: boolean;
  now: Date;
  forSeconds: number;
  /** When the condition began, if the data says (an upstream down since its first failed check) */
  since?: Date | null;
}): Transition {
  const { previous, breached, now, forSeconds } = input;
  const began = input.since && input.since < now ? input.since : now;
  const active = previous && previous.state !== "resolved" ? previous : null;

  if (!breached) {
    if (active?.state === "firing")
      return { next: { ...active, state: "resolved", resolvedAt: now }, events: ["resolved"] };
    // Pending that cleared: back without firing. A resolved row stays as the last outcome.
    if (active?.state === "pending") return { next: null, events: [] };
    return { next: previous, events: [] };
  }

  if (active?.state === "firing") return { next: active, events: [] };
  const pendingSince = active?.state === "pending" && active.pendingSince ? active.pendingSince : began;
  if (now.getTime() - pendingSince.getTime() >= forSeconds * 1000) {
    return {
      next: { state: "firing", pendingSince, firedAt: now, resolvedAt: null },
      // A rule without a for duration has no pending period worth a history row.
      events: active || forSeconds === 0 ? ["firing"] : ["pending", "firing"],
    };
  }
  if (active) return { next: active, events: [] };
  return { next: { state: "pending", pendingSince, firedAt: null, resolvedAt: null }, events: ["pending"] };
}
