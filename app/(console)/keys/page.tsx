import type { Metadata } from "next";
import { RequireCapability } from "@/components/console/require-capability";
import { KeysView } from "@/components/keys/keys-view";

export const metadata: Metadata = { title: "API keys" };

export default function KeysPage() {
  return (
    <RequireCapability capability="keys:read" section="API keys">
      <KeysView />
    </RequireCapability>
  );
}
