"use client";

import { BellRing } from "lucide-react";
import { Link } from "@/components/ui/link";
import { useActiveAlerts } from "@/components/metrics/alerts/use-alerts-api";
import { useCan } from "@/lib/client/me/use-can";

/** The header's count of firing alerts, linking to them; hidden without metrics:read or when none fire. */
export function FiringAlertsBadge() {
  const canRead = useCan("metrics:read");
  const alerts = useActiveAlerts({ enabled: canRead });
  const firing = alerts.data?.filter((a) => a.state === "firing").length ?? 0;
  if (!canRead || firing === 0) return null;
  return (
    <Link
      href="/metrics/alerts"
      data-testid="firing-alerts-badge"
      className="inline-flex items-center gap-1.5 rounded-full bg-red-50 px-2.5 py-1 text-xs font-medium text-red-700 ring-1 ring-red-600/20 ring-inset hover:bg-red-100 dark:bg-red-500/10 dark:text-red-400 dark:ring-red-400/30 dark:hover:bg-red-500/20"
    >
      <BellRing className="size-3.5" aria-hidden="true" />
      {firing} firing
    </Link>
  );
}
