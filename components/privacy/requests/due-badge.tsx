import { Badge, type BadgeTone } from "@/components/ui/badge";
import { DUE_BADGE_LABELS } from "@/lib/client/privacy/requests/request-labels";
import type { DueStatus } from "@/lib/privacy/requests/request-types";

const TONES: Record<NonNullable<DueStatus>, BadgeTone> = {
  overdue: "danger",
  due_1d: "warning",
  due_7d: "info",
};

/** "Overdue" (red), "Due in 1 day", "Due in 7 days"; nothing for a closed request or one not due soon. */
export function DueBadge({ status }: { status: DueStatus }) {
  if (!status) return null;
  return <Badge tone={TONES[status]}>{DUE_BADGE_LABELS[status]}</Badge>;
}
