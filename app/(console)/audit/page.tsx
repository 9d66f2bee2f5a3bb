import type { Metadata } from "next";
import { Suspense } from "react";
import { AuditSearchView } from "@/components/audit/search/audit-search-view";
import { PageSkeleton } from "@/components/console/page-skeleton";
import { RequireCapability } from "@/components/console/require-capability";

export const metadata: Metadata = { title: "Audit trail" };

export default function AuditPage() {
  return (
    <RequireCapability capability="audit:read" section="the audit trail">
      {/* The search lives in the URL (useSearchParams), which needs a Suspense boundary. */}
      <Suspense fallback={<PageSkeleton rows={8} />}>
        <AuditSearchView />
      </Suspense>
    </RequireCapability>
  );
}
