"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { ReviewList } from "@/components/review/review-list";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Tabs } from "@/components/ui/tabs";
import { useCan } from "@/lib/client/me/use-can";
import { useTools } from "@/lib/client/tools/use-tools";

const PENDING = { status: "pending_review" } as const;
const REJECTED = { status: "rejected" } as const;

function countLabel(tools: ReturnType<typeof useTools>): string | null {
  if (!tools.data) return null;
  const count = tools.data.pages.reduce((n, p) => n + p.tools.length, 0);
  return tools.hasNextPage ? `${count}+` : String(count);
}

/** Tools held back because their definition changed upstream; rejected changes in a second tab. */
export function ReviewView() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const tab = searchParams.get("tab") === "rejected" ? "rejected" : "pending";
  const canWrite = useCan("tools:write");
  // New changes arrive on their own (health checks reconnect, list_changed notifications).
  const pending = useTools(PENDING, { refetchIntervalMs: 10_000 });
  const rejected = useTools(REJECTED);
  const pendingCount = countLabel(pending);
  const rejectedCount = countLabel(rejected);

  return (
    <>
      <PageHeader
        title="Review"
        description="When an upstream changes a tool's description or schema, agents stop seeing the tool until someone approves the new definition."
      />
      {canWrite ? null : (
        <p className="-mt-3 mb-5 text-sm text-zinc-600 dark:text-zinc-400">
          You can see the queue; approving or rejecting changes needs the tools:write capability.
        </p>
      )}
      <Tabs
        label="Review queue"
        value={tab}
        onValueChange={(id) =>
          router.replace(id === "rejected" ? `${pathname}?tab=rejected` : pathname, { scroll: false })
        }
        tabs={[
          {
            id: "pending",
            label: (
              <>
                Awaiting review{" "}
                {pendingCount ? (
                  <Badge tone={pendingCount === "0" ? "neutral" : "warning"}>{pendingCount}</Badge>
                ) : null}
              </>
            ),
            content: <ReviewList tools={pending} canWrite={canWrite} kind="pending" />,
          },
          {
            id: "rejected",
            label: <>Rejected {rejectedCount ? <Badge>{rejectedCount}</Badge> : null}</>,
            content: <ReviewList tools={rejected} canWrite={canWrite} kind="rejected" />,
          },
        ]}
      />
    </>
  );
}
