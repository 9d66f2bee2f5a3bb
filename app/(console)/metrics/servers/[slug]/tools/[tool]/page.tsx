import type { Metadata } from "next";
import { Suspense } from "react";
import { PageSkeleton } from "@/components/console/page-skeleton";
import { RequireCapability } from "@/components/console/require-capability";
import { ToolMetricsView } from "@/components/metrics/tool-metrics-view";

export const metadata: Metadata = { title: "Tool metrics" };

export default async function ToolMetricsPage({
  params,
}: {
  params: Promise<{ slug: string; tool: string }>;
}) {
  const { slug, tool } = await params;
  return (
    <RequireCapability capability="metrics:read" section="metrics">
      <Suspense fallback={<PageSkeleton rows={6} />}>
        <ToolMetricsView slug={decodeURIComponent(slug)} tool={decodeURIComponent(tool)} />
      </Suspense>
    </RequireCapability>
  );
}
