import { Badge, type BadgeTone } from "@/components/ui/badge";
import { REQUEST_STATE_LABELS } from "@/lib/client/privacy/requests/request-labels";
import type { RequestState } from "@/lib/privacy/requests/request-types";

const TONES: Record<RequestState, BadgeTone> = {
  received: "neutral",
  identity_verified: "info",
  approved: "info",
  on_hold: "warning",
  executing: "info",
  completed: "success",
  rejected: "neutral",
  cancelled: "neutral",
  failed: "danger",
};

export function RequestStateBadge({ state }: { state: RequestState }) {
  return <Badge tone={TONES[state]}>{REQUEST_STATE_LABELS[state]}</Badge>;
}
