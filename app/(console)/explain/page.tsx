import type { Metadata } from "next";
import { ExplainView } from "@/components/access/explain-view";
import { RequireCapability } from "@/components/console/require-capability";

export const metadata: Metadata = { title: "Explain access" };

export default function ExplainPage() {
  return (
    <RequireCapability capability="roles:read" section="explaining access">
      <ExplainView />
    </RequireCapability>
  );
}
