import { Panel } from "@/components/ui/panel";
import { Skeleton } from "@/components/ui/skeleton";

/** Three cards and a table while the overview loads. */
export function OverviewSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading the overview">
      <div className="mb-6 grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        {[0, 1, 2].map((i) => (
          <Panel key={i} className="space-y-4 p-5">
            <Skeleton className="h-4 w-32" />
            <div className="grid grid-cols-3 gap-4">
              <Skeleton className="h-10" />
              <Skeleton className="h-10" />
              <Skeleton className="h-10" />
            </div>
            <Skeleton className="h-4 w-24" />
          </Panel>
        ))}
      </div>
      <Panel className="space-y-3 p-5">
        <Skeleton className="h-4 w-40" />
        {[0, 1, 2, 3, 4].map((i) => (
          <Skeleton key={i} className="h-6 w-full" />
        ))}
      </Panel>
    </div>
  );
}
