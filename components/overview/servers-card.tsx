import { Server } from "lucide-react";
import { Figure, OverviewCard } from "@/components/overview/overview-card";
import type { ServerHealthCounts } from "@/lib/ui/use-overview";

/** Upstream servers by health, from their latest checks. */
export function ServersCard({ servers }: { servers: ServerHealthCounts }) {
  return (
    <OverviewCard
      id="overview-servers"
      title="Upstream servers"
      icon={Server}
      subtitle={`${servers.total.toLocaleString()} registered, by latest health check`}
      link={{ href: "/servers", label: servers.total === 0 ? "Add a server" : "View servers" }}
    >
      {servers.total === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No upstream servers yet. Register one to expose its tools through the gateway.</p>
      ) : (
        <dl className="grid grid-cols-3 gap-4">
          <Figure label="Up" value={servers.healthy} tone="success" />
          <Figure label="Degraded" value={servers.degraded} tone="warning" />
          <Figure label="Down" value={servers.down} tone="danger" />
          <Figure label="Unchecked" value={servers.unknown} tone="neutral" />
          <Figure label="Disabled" value={servers.disabled} tone="neutral" />
        </dl>
      )}
    </OverviewCard>
  );
}
