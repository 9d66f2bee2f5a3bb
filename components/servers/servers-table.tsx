"use client";

import { Server } from "lucide-react";
import { Link } from "@/components/ui/link";
import { ServerRow } from "@/components/servers/server-row";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import { useServers } from "@/lib/client/servers/use-servers";
import { ListPanel } from "@/components/ui/list-panel";

export function ServersTable({ canWrite }: { canWrite: boolean }) {
  const servers = useServers();

  // Keep showing the last good list when a background poll fails; say so above it.
  return (
    <>
      {servers.isError && servers.data ? (
        <p role="status" className="mb-3 text-sm text-amber-700 dark:text-amber-300">
          Could not refresh the list ({servers.error.message}); showing the last known state.
        </p>
      ) : null}
      <ListPanel
        query={servers}
        keepsStaleData
        skeletonRows={3}
        empty={
          <EmptyState
            icon={Server}
            title="No servers yet"
            action={
              canWrite ? (
                <Button asChild>
                  <Link href="/servers/new">Add a server</Link>
                </Button>
              ) : null
            }
          >
            {canWrite
              ? "Add an upstream MCP server (stdio, streamable HTTP or SSE); its tools appear here once it connects."
              : "Nobody has registered an upstream server yet. Ask an administrator to add one."}
          </EmptyState>
        }
      >
        {(data) => (
          <Table label="Servers">
            <TableHead>
              <tr>
                <Th>Server</Th>
                <Th>Status</Th>
                <Th>Tools</Th>
                <Th>
                  <span title="Gateway calls in the last hour, and how many failed upstream">
                    Calls (1 h)
                  </span>
                </Th>
                <Th>Last checked</Th>
              </tr>
            </TableHead>
            <TableBody>
              {data.map((server) => (
                <ServerRow key={server.id} server={server} />
              ))}
            </TableBody>
          </Table>
        )}
      </ListPanel>
    </>
  );
}
