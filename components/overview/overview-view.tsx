"use client";

import { Gauge } from "lucide-react";
import { Link } from "@/components/ui/link";
import { LoadError } from "@/components/console/load-error";
import { GatewayCard } from "@/components/overview/gateway-card";
import { OverviewSkeleton } from "@/components/overview/overview-skeleton";
import { RecentEvents } from "@/components/overview/recent-events";
import { RequestsCard } from "@/components/overview/requests-card";
import { ReviewCard } from "@/components/overview/review-card";
import { ServersCard } from "@/components/overview/servers-card";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Panel } from "@/components/ui/panel";
import { useCan } from "@/lib/client/me/use-can";
import { useOverview } from "@/lib/client/overview/use-overview";

/** The landing page: only the figures the signed-in user's capabilities allow, refreshed every 15 s. */
export function OverviewView() {
  const overview = useOverview();
  // Requests' deadlines come from their own endpoint, for people who may read them.
  const hasRequests = useCan("privacy:read");
  const updatedAt = overview.dataUpdatedAt ? new Date(overview.dataUpdatedAt).toLocaleTimeString() : null;

  const header = (
    <PageHeader
      title="Overview"
      description={
        updatedAt
          ? `Gateway health and activity. Updated ${updatedAt}; refreshes every 15 seconds.`
          : "Gateway health and activity."
      }
    />
  );
  if (overview.isPending)
    return (
      <>
        {header}
        <OverviewSkeleton />
      </>
    );
  if (overview.isError && !overview.data)
    return (
      <>
        {header}
        <LoadError error={overview.error} onRetry={() => void overview.refetch()} />
      </>
    );

  const { servers, review, gateway, recentEvents } = overview.data;
  const cardCount = [servers, review, gateway, hasRequests].filter(Boolean).length;
  if (cardCount === 0 && !recentEvents) {
    return (
      <>
        {header}
        <Panel>
          <EmptyState
            icon={Gauge}
            title="Nothing to show for your roles"
            action={
              <Button variant="secondary" asChild>
                <Link href="/account">See your access</Link>
              </Button>
            }
          >
            The overview shows servers, reviews, gateway traffic, data-subject requests and audit events to
            roles that may read them. Ask an administrator if you need one.
          </EmptyState>
        </Panel>
      </>
    );
  }

  return (
    <>
      {header}
      {overview.isError ? (
        <div className="mb-4">
          <LoadError error={overview.error} onRetry={() => void overview.refetch()} />
        </div>
      ) : null}
      {cardCount > 0 ? (
        <div
          className={
            cardCount === 1 ? "mb-6 grid gap-4 md:max-w-md" : "mb-6 grid gap-4 md:grid-cols-2 xl:grid-cols-3"
          }
        >
          {servers ? <ServersCard servers={servers} isWide={cardCount === 3} /> : null}
          {review ? <ReviewCard pendingTools={review.pendingTools} /> : null}
          {gateway ? <GatewayCard gateway={gateway} /> : null}
          {hasRequests ? <RequestsCard /> : null}
        </div>
      ) : null}
      {recentEvents ? <RecentEvents events={recentEvents} /> : null}
    </>
  );
}
