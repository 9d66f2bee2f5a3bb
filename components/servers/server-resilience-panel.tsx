import { DetailList } from "@/components/ui/detail-list";
import { BreakerBadge } from "@/components/servers/server-status-badges";
import { Panel } from "@/components/ui/panel";
import { Timestamp } from "@/components/ui/timestamp";
import type { ServerView } from "@/lib/servers/server-view";
import { BREAKER_HINTS } from "@/lib/client/servers/server-status";

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

/** Circuit breaker and bulkhead, live (this Gatehouse process's view), and their settings. */
export function ServerResiliencePanel({ server }: { server: ServerView }) {
  const policies = server.policies;
  return (
    <Panel className="p-5">
      <h2 className="mb-4 text-sm font-semibold text-zinc-900 dark:text-zinc-50">Circuit breaker and load</h2>
      {policies ? (
        <DetailList
          items={[
            {
              label: "Breaker",
              value: (
                <>
                  <BreakerBadge state={policies.breaker.state} />
                  <span className="mt-1 block text-xs text-zinc-500 dark:text-zinc-400">
                    {BREAKER_HINTS[policies.breaker.state]}
                  </span>
                </>
              ),
            },
            {
              label: "Failures in a row",
              value: (
                <span className="tabular-nums">
                  {policies.breaker.consecutiveFailures} of {server.breakerFailureThreshold}
                </span>
              ),
            },
            ...(policies.breaker.openedAt
              ? [{ label: "Opened", value: <Timestamp iso={policies.breaker.openedAt} /> }]
              : []),
            ...(policies.breaker.halfOpenAt
              ? [{ label: "Trial calls from", value: <Timestamp iso={policies.breaker.halfOpenAt} /> }]
              : []),
            {
              label: "Calls running",
              value: (
                <span className="tabular-nums">
                  {policies.bulkhead.active} of {policies.bulkhead.maxConcurrent}, {policies.bulkhead.queued}{" "}
                  of {policies.bulkhead.maxQueue} queued
                </span>
              ),
            },
          ]}
        />
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {server.isEnabled
            ? "No calls have gone through this server since Gatehouse started."
            : "The server is disabled."}
        </p>
      )}
      <p className="mt-4 border-t border-zinc-200 pt-3 text-xs text-zinc-500 dark:border-zinc-800 dark:text-zinc-400">
        Timeout {seconds(server.timeoutMs)} · opens after {server.breakerFailureThreshold} failures · trial
        calls after {seconds(server.breakerHalfOpenAfterMs)} · closes after {server.breakerSuccessThreshold}{" "}
        successes
        {server.autoApprove ? " · changed tools auto-approved" : ""}
      </p>
    </Panel>
  );
}
