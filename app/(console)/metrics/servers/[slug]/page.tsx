import type { Metadata } from "next";
import { Suspense } from "react";
import { PageSkeleton } from "@/components/console/page-skeleton";
import { RequireCapability } from "@/components/console/require-capability";
import { ServerMetricsView } from "@/components/metrics/server-metrics-view";

export const metadata: Metadata = { title: "Server metrics" };

export default async function ServerMetricsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return (
    <RequireCapability capability="metrics:read" section="metrics">
      <Suspense fallback={<PageSkeleton rows={6} />}>
        <ServerMetricsView slug={decodeURIComponent(slug)} />
      </Suspense>
    </RequireCapability>
  );
}
