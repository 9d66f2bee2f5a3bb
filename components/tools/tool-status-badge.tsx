import { Badge, type BadgeTone } from "@/components/ui/badge";
import { isToolStatus, TOOL_STATUS_LABELS } from "@/lib/client/tools/tool-status";
import type { ToolStatus } from "@/lib/client/tools/tool-filters";

const TONES: Record<ToolStatus, BadgeTone> = {
  active: "success",
  pending_review: "warning",
  rejected: "danger",
  removed: "neutral",
};

export function ToolStatusBadge({ status }: { status: string }) {
  if (!isToolStatus(status)) return <Badge>{status}</Badge>;
  return <Badge tone={TONES[status]}>{TOOL_STATUS_LABELS[status]}</Badge>;
}
