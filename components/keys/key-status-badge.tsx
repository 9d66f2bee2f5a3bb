import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { KeyStatus } from "@/lib/keys/key-view-type";

const look: Record<KeyStatus, { tone: BadgeTone; label: string }> = {
  active: { tone: "success", label: "Active" },
  expired: { tone: "warning", label: "Expired" },
  revoked: { tone: "danger", label: "Revoked" },
};

export function KeyStatusBadge({ status }: { status: KeyStatus }) {
  const { tone, label } = look[status] ?? { tone: "neutral", label: status };
  return <Badge tone={tone}>{label}</Badge>;
}
