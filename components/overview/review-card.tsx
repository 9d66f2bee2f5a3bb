import { ClipboardCheck } from "lucide-react";
import { Figure, OverviewCard } from "@/components/overview/overview-card";

/** Tools whose definition changed upstream and wait for a decision before agents can call them. */
export function ReviewCard({ pendingTools }: { pendingTools: number }) {
  return (
    <OverviewCard
      id="overview-review"
      title="Awaiting review"
      icon={ClipboardCheck}
      subtitle="Tools new or changed upstream"
      link={{ href: "/review", label: pendingTools > 0 ? "Review them" : "Open the review queue" }}
    >
      <dl>
        <Figure label="Tools" value={pendingTools} tone="warning" size="lg" />
      </dl>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        {pendingTools > 0
          ? "Agents cannot call these until someone approves them."
          : "Nothing waits for a decision."}
      </p>
    </OverviewCard>
  );
}
