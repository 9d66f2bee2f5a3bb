import { Skeleton } from "@/components/ui/skeleton";
import { Panel } from "@/components/ui/panel";

/** A page title and a few table rows, shown while data loads. */
export function PageSkeleton({ rows = 5 }: { rows?: number }) {
  return (
    <div aria-busy="true" aria-label="Loading">
      <Skeleton className="mb-2 h-6 w-40" />
      <Skeleton className="mb-6 h-4 w-72" />
      <Panel className="space-y-4 p-4">
        {Array.from({ length: rows }, (_, i) => (
          <Skeleton key={i} className="h-6 w-full" />
        ))}
      </Panel>
    </div>
  );
}
