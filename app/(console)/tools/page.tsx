import type { Metadata } from "next";
import { Suspense } from "react";
import { PageSkeleton } from "@/components/console/page-skeleton";
import { RequireCapability } from "@/components/console/require-capability";
import { ToolsView } from "@/components/tools/tools-view";

export const metadata: Metadata = { title: "Tools" };

export default function ToolsPage() {
  return (
    <RequireCapability capability="tools:read" section="tools">
      {/* The filters live in the URL (useSearchParams), which needs a Suspense boundary. */}
      <Suspense fallback={<PageSkeleton />}>
        <ToolsView />
      </Suspense>
    </RequireCapability>
  );
}
