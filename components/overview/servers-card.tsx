import { Server } from "lucide-react";
import { Figure, OverviewCard } from "@/components/overview/overview-card";
import type { ServerHealthCounts } from "@/lib/client/overview/use-overview";

/** Upstream servers by health, from their latest checks. */
export function ServersCard({ servers, isWide = false }: { servers: ServerHealthCounts; isWide?: boolean }) {
  return (
    <OverviewCard
      // Beside two other cards on a two-column grid (about 1024 px), take the first row alone.
      className={isWide ? "md:col-span-2 xl:col-span-1" : undefined}
      id="overview-servers"
      title="Upstream servers"
      icon={Server}
      subtitle={`${servers.total.toLocaleString()} registered, by latest health check`}
      link={{ href: "/servers", label: servers.total === 0 ? "Add a server" : "View servers" }}
    >
      {servers.total === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          No upstream servers yet. Register one to expose its tools through the gateway.
        </p>
      ) : (
        <dl
          className={
            isWide ? "grid grid-cols-3 gap-4 md:grid-cols-5 xl:grid-cols-3" : "grid grid-cols-3 gap-4"
          }
        >
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
