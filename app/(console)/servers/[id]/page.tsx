import type { Metadata } from "next";
import { RequireCapability } from "@/components/console/require-capability";
import { ServerDetailView } from "@/components/servers/server-detail-view";

export const metadata: Metadata = { title: "Server" };

export default async function ServerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <RequireCapability capability="servers:read" section="servers">
      <ServerDetailView id={id} />
    </RequireCapability>
  );
}
