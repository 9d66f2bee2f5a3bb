import { Badge } from "@/components/ui/badge";
import type { ConsentDecision } from "@/lib/privacy/consent/schemas";

export function ConsentDecisionBadge({ decision }: { decision: ConsentDecision }) {
  return decision === "granted" ? (
    <Badge tone="success">Granted</Badge>
  ) : (
    <Badge tone="danger">Withdrawn</Badge>
  );
}
