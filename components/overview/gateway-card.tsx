import { Activity } from "lucide-react";
import { Figure, OverviewCard } from "@/components/overview/overview-card";
import type { GatewayCounts } from "@/lib/client/overview/use-overview";

/** Tool calls, prompt gets and resource reads through the gateway in the last 24 hours, from the audit trail. */
export function GatewayCard({ gateway }: { gateway: GatewayCounts }) {
  return (
    <OverviewCard
      id="overview-gateway"
      title="Gateway traffic"
      icon={Activity}
      subtitle="Last 24 hours: tool calls, prompts and resource reads"
    >
      <dl className="grid grid-cols-3 gap-4">
        <Figure label="Calls" value={gateway.calls} />
        <Figure label="Denied" value={gateway.denied} tone="warning" />
        <Figure label="Errors" value={gateway.errors} tone="danger" />
      </dl>
      {gateway.calls === 0 ? (
        <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">
          No calls yet. Agents connect to /api/mcp with an API key holding mcp:connect.
        </p>
      ) : null}
    </OverviewCard>
  );
}
