import type { Metadata } from "next";
import { RequireCapability } from "@/components/console/require-capability";
import { RetentionView } from "@/components/audit/retention/retention-view";

export const metadata: Metadata = { title: "Retention" };

export default function RetentionPage() {
  return (
    <RequireCapability capability="audit:read" section="retention">
      <RetentionView />
    </RequireCapability>
  );
}
