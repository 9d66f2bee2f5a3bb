import { Badge, type BadgeTone } from "@/components/ui/badge";
import { cn } from "@/lib/client/cn";
import {
  BREAKER_HINTS,
  BREAKER_LABELS,
  HEALTH_LABELS,
  toHealthStatus,
  type BreakerState,
  type HealthStatus,
} from "@/lib/client/servers/server-status";

const HEALTH_TONES: Record<HealthStatus, BadgeTone> = {
  unknown: "neutral",
  healthy: "success",
  degraded: "warning",
  down: "danger",
};
const DOT_COLOURS: Record<BadgeTone, string> = {
  neutral: "bg-zinc-400",
  success: "bg-emerald-500",
  warning: "bg-amber-500",
  danger: "bg-red-500",
  info: "bg-indigo-500",
};

function Dot({ tone }: { tone: BadgeTone }) {
  return (
    <span aria-hidden="true" className={cn("mr-1.5 inline-block size-1.5 rounded-full", DOT_COLOURS[tone])} />
  );
}

/** Healthy / degraded / down / unknown, or "Disabled" for a server that is switched off. */
export function HealthBadge({ status, isEnabled = true }: { status: string; isEnabled?: boolean }) {
  if (!isEnabled) {
    return (
      <Badge tone="neutral">
        <Dot tone="neutral" />
        Disabled
      </Badge>
    );
  }
  const health = toHealthStatus(status);
  return (
    <Badge tone={HEALTH_TONES[health]}>
      <Dot tone={HEALTH_TONES[health]} />
      {HEALTH_LABELS[health]}
    </Badge>
  );
}

const BREAKER_TONES: Record<BreakerState, BadgeTone> = {
  closed: "neutral",
  open: "danger",
  half_open: "warning",
};

/** The circuit breaker's state, with what it means as a tooltip. */
export function BreakerBadge({ state }: { state: BreakerState }) {
  return (
    <span title={BREAKER_HINTS[state]}>
      <Badge tone={BREAKER_TONES[state]}>Breaker {BREAKER_LABELS[state].toLowerCase()}</Badge>
    </span>
  );
}
