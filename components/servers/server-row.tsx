import { Link } from "@/components/ui/link";
import { BreakerBadge, HealthBadge } from "@/components/servers/server-status-badges";
import { ToolCountsSummary } from "@/components/servers/tool-counts-summary";
import { focusRing } from "@/components/ui/button";
import { Td } from "@/components/ui/table";
import { Timestamp } from "@/components/ui/timestamp";
import type { ServerView } from "@/lib/servers/server-view";
import { cn } from "@/lib/client/cn";
import { TRANSPORT_LABELS } from "@/lib/client/servers/server-status";

export function ServerRow({ server }: { server: ServerView }) {
  const breaker = server.policies?.breaker.state;
  return (
    <tr
      className="align-top hover:bg-zinc-50/60 dark:hover:bg-zinc-800/30"
      data-testid={`server-row-${server.slug}`}
    >
      <Td className="max-w-72 min-w-40">
        <Link
          href={`/servers/${server.id}`}
          className={cn(
            "rounded font-medium text-zinc-900 hover:text-indigo-700 hover:underline dark:text-zinc-100 dark:hover:text-indigo-300",
            focusRing,
          )}
        >
          <span className="[overflow-wrap:anywhere]">{server.name}</span>
        </Link>
        <p className="mt-0.5 text-xs text-zinc-500 dark:text-zinc-400">
          <span className="font-mono">{server.slug}</span> ·{" "}
          {TRANSPORT_LABELS[server.transport] ?? server.transport}
        </p>
      </Td>
      <Td className="max-w-64 min-w-36">
        <div className="flex flex-wrap items-center gap-1.5">
          <HealthBadge status={server.healthStatus} isEnabled={server.isEnabled} />
          {breaker && server.isEnabled ? <BreakerBadge state={breaker} /> : null}
        </div>
        {server.isEnabled && !(server.connected && server.healthStatus === "down") ? (
          // A session can look open while pings fail (HTTP upstreams): then "Down" says it all.
          <p className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">
            {server.connected ? "Connected" : "Not connected"}
          </p>
        ) : null}
        {server.lastError && server.isEnabled && server.healthStatus !== "healthy" ? (
          <p
            className="mt-1 line-clamp-2 text-xs text-red-700 [overflow-wrap:anywhere] dark:text-red-400"
            title={server.lastError}
          >
            {server.lastError}
          </p>
        ) : null}
      </Td>
      <Td>
        <ToolCountsSummary server={server} />
      </Td>
      <Td className="whitespace-nowrap tabular-nums">
        {server.callsLastHour}
        {server.errorsLastHour > 0 ? (
          <span className="ml-1.5 text-xs text-red-700 dark:text-red-400">
            {server.errorsLastHour} failed
          </span>
        ) : null}
      </Td>
      <Td className="whitespace-nowrap">
        <Timestamp iso={server.lastCheckedAt} fallback="Not yet" />
      </Td>
    </tr>
  );
}
