"use client";

import { Plus } from "lucide-react";
import { Link } from "@/components/ui/link";
import { ServersTable } from "@/components/servers/servers-table";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { useCan } from "@/lib/client/me/use-can";

/** Upstream servers at a glance, updating every few seconds; "Add server" for those who may write. */
export function ServersView() {
  const canWrite = useCan("servers:write");
  return (
    <>
      <PageHeader
        title="Servers"
        description="Upstream MCP servers behind the gateway: health, circuit breaker and tools, updated every 5 seconds."
        actions={
          canWrite ? (
            <Button asChild>
              <Link href="/servers/new">
                <Plus aria-hidden="true" />
                Add server
              </Link>
            </Button>
          ) : null
        }
      />
      <ServersTable canWrite={canWrite} />
    </>
  );
}
