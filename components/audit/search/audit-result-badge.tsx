import { Ban, CircleCheck, CircleX, TriangleAlert, type LucideIcon } from "lucide-react";
import { Badge, type BadgeTone } from "@/components/ui/badge";

// Coloured by how much attention a result needs; the icon tells denied (policy) from error (fault).
const LOOK: Record<string, { tone: BadgeTone; icon: LucideIcon; label: string }> = {
  success: { tone: "success", icon: CircleCheck, label: "Success" },
  failure: { tone: "warning", icon: CircleX, label: "Failure" },
  denied: { tone: "danger", icon: Ban, label: "Denied" },
  error: { tone: "danger", icon: TriangleAlert, label: "Error" },
};

export const RESULT_LABELS: Record<string, string> = Object.fromEntries(
  Object.entries(LOOK).map(([result, look]) => [result, look.label]),
);

export function AuditResultBadge({ result }: { result: string }) {
  const look = LOOK[result];
  if (!look) return <Badge>{result}</Badge>;
  const Icon = look.icon;
  return (
    <Badge tone={look.tone} className="gap-1">
      <Icon className="size-3" aria-hidden="true" />
      {look.label}
    </Badge>
  );
}
