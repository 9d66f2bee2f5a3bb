"use client";

import { BackLink } from "@/components/servers/back-link";
import { ServerForm } from "@/components/servers/server-form";
import { PageHeader } from "@/components/ui/page-header";

export function NewServerView() {
  return (
    <div className="max-w-4xl">
      <BackLink href="/servers" label="Servers" />
      <PageHeader
        title="Add server"
        description="Register an upstream MCP server. Test the connection first; once saved, Gatehouse connects and lists its tools."
      />
      <ServerForm mode="create" />
    </div>
  );
}
