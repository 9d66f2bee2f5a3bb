import { DetailList } from "@/components/ui/detail-list";
import { Muted } from "@/components/ui/muted";
import { HealthBadge } from "@/components/servers/server-status-badges";
import { Panel } from "@/components/ui/panel";
import { Timestamp } from "@/components/ui/timestamp";
import type { ServerView } from "@/lib/servers/server-view";
import { readServerInfo } from "@/lib/client/servers/server-status";

/** Health, connection, what the server said about itself, and recent traffic. */
export function ServerStatusPanel({ server }: { server: ServerView }) {
  const info = readServerInfo(server.serverInfo);
  return (
    <Panel className="p-5">
      <h2 className="mb-4 text-sm font-semibold text-zinc-900 dark:text-zinc-50">Status</h2>
      <DetailList
        items={[
          {
            label: "Health",
            value: <HealthBadge status={server.healthStatus} isEnabled={server.isEnabled} />,
          },
          {
            label: "Connection",
            value: !server.isEnabled ? (
              <Muted>Off (disabled)</Muted>
            ) : server.connected ? (
              server.healthStatus === "down" ? (
                "Open, but not answering pings"
              ) : (
                "Connected"
              )
            ) : (
              "Not connected"
            ),
          },
          { label: "Last checked", value: <Timestamp iso={server.lastCheckedAt} fallback="Not yet" /> },
          { label: "Tools listed", value: <Timestamp iso={server.lastSyncedAt} fallback="Not yet" /> },
          {
            label: "Calls (1 h)",
            value: (
              <span className="tabular-nums">
                {server.callsLastHour}{" "}
                {server.errorsLastHour > 0 ? (
                  <span className="text-red-700 dark:text-red-400">({server.errorsLastHour} failed)</span>
                ) : null}
              </span>
            ),
          },
          {
            label: "Reports itself as",
            value: info ? (
              <>
                {info.title ?? info.name}
                {info.version ? ` ${info.version}` : ""}
                {info.title ? (
                  <span className="block font-mono text-xs text-zinc-500 dark:text-zinc-400">
                    {info.name}
                  </span>
                ) : null}
              </>
            ) : (
              <Muted>Not connected yet</Muted>
            ),
          },
        ]}
      />
      {server.lastError ? (
        <div className="mt-4 rounded-md border border-red-200 bg-red-50 p-3 dark:border-red-900/60 dark:bg-red-950/40">
          <p className="text-xs font-medium text-red-800 dark:text-red-200">Last error</p>
          <p
            className="mt-1 font-mono text-xs whitespace-pre-wrap text-red-800 [overflow-wrap:anywhere] dark:text-red-200"
            data-testid="server-last-error"
          >
            {server.lastError}
          </p>
        </div>
      ) : null}
    </Panel>
  );
}
