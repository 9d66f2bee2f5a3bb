import type { Metadata } from "next";
import { Suspense } from "react";
import { PageSkeleton } from "@/components/console/page-skeleton";
import { RequireCapability } from "@/components/console/require-capability";
import { ReviewView } from "@/components/review/review-view";

export const metadata: Metadata = { title: "Review" };

export default function ReviewPage() {
  return (
    <RequireCapability capability="tools:read" section="the review queue">
      {/* The tab lives in the URL (useSearchParams), which needs a Suspense boundary. */}
      <Suspense fallback={<PageSkeleton />}>
        <ReviewView />
      </Suspense>
    </RequireCapability>
  );
}
