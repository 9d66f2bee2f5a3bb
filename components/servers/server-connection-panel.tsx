import { Link } from "@/components/ui/link";
import { DetailList } from "@/components/ui/detail-list";
import { Muted } from "@/components/ui/muted";
import { ToolCountsSummary } from "@/components/servers/tool-counts-summary";
import { Button } from "@/components/ui/button";
import { Panel } from "@/components/ui/panel";
import type { ServerView } from "@/lib/servers/server-view";
import { TRANSPORT_LABELS } from "@/lib/client/servers/server-status";

function names(keys: readonly string[]) {
  return keys.length > 0 ? <span className="font-mono text-xs">{keys.join(", ")}</span> : <Muted>None</Muted>;
}

/** How Gatehouse reaches the server (secret names only), and its tools. */
export function ServerConnectionPanel({ server }: { server: ServerView }) {
  const isStdio = server.transport === "stdio";
  return (
    <Panel className="p-5">
      <h2 className="mb-4 text-sm font-semibold text-zinc-900 dark:text-zinc-50">Connection and tools</h2>
      <DetailList
        items={[
          { label: "Transport", value: TRANSPORT_LABELS[server.transport] ?? server.transport },
          ...(isStdio
            ? [
                {
                  label: "Command",
                  value: (
                    <code className="font-mono text-xs">{[server.command, ...server.args].join(" ")}</code>
                  ),
                },
                { label: "Environment", value: names(server.envKeys) },
              ]
            : [
                { label: "URL", value: <code className="font-mono text-xs">{server.url}</code> },
                { label: "Headers", value: names(server.headerKeys) },
              ]),
          { label: "Tools", value: <ToolCountsSummary server={server} /> },
        ]}
      />
      <Button variant="secondary" size="sm" className="mt-4" asChild>
        <Link href={`/tools?server=${encodeURIComponent(server.slug)}`}>View its tools</Link>
      </Button>
    </Panel>
  );
}
