import type { Metadata } from "next";
import { RequireCapability } from "@/components/console/require-capability";
import { ServersView } from "@/components/servers/servers-view";

export const metadata: Metadata = { title: "Servers" };

export default function ServersPage() {
  return (
    <RequireCapability capability="servers:read" section="servers">
      <ServersView />
    </RequireCapability>
  );
}
