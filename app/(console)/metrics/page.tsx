import type { Metadata } from "next";
import { Suspense } from "react";
import { PageSkeleton } from "@/components/console/page-skeleton";
import { RequireCapability } from "@/components/console/require-capability";
import { MetricsOverviewView } from "@/components/metrics/metrics-overview-view";

export const metadata: Metadata = { title: "Metrics" };

export default function MetricsPage() {
  return (
    <RequireCapability capability="metrics:read" section="metrics">
      {/* The range lives in the URL (useSearchParams), which needs a Suspense boundary. */}
      <Suspense fallback={<PageSkeleton rows={6} />}>
        <MetricsOverviewView />
      </Suspense>
    </RequireCapability>
  );
}
