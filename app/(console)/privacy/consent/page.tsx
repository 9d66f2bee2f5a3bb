import type { Metadata } from "next";
import { Suspense } from "react";
import { PageSkeleton } from "@/components/console/page-skeleton";
import { RequireCapability } from "@/components/console/require-capability";
import { ConsentView } from "@/components/privacy/consent/consent-view";

export const metadata: Metadata = { title: "Consent" };

export default function ConsentPage() {
  return (
    <RequireCapability capability="privacy:read" section="consent">
      {/* The tab lives in the URL (useSearchParams), which needs a Suspense boundary. */}
      <Suspense fallback={<PageSkeleton />}>
        <ConsentView />
      </Suspense>
    </RequireCapability>
  );
}
