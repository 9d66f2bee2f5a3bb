import type { Metadata } from "next";
import { RequireCapability } from "@/components/console/require-capability";
import { NewServerView } from "@/components/servers/new-server-view";

export const metadata: Metadata = { title: "Add server" };

export default function NewServerPage() {
  return (
    <RequireCapability capability="servers:write" section="adding servers">
      <NewServerView />
    </RequireCapability>
  );
}
