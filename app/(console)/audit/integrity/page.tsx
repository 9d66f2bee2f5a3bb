import type { Metadata } from "next";
import { RequireCapability } from "@/components/console/require-capability";
import { IntegrityView } from "@/components/audit/integrity/integrity-view";

export const metadata: Metadata = { title: "Audit integrity" };

export default function AuditIntegrityPage() {
  return (
    <RequireCapability capability="audit:verify" section="audit integrity">
      <IntegrityView />
    </RequireCapability>
  );
}
