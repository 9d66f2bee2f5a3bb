import { Hourglass } from "lucide-react";
import type { ReactNode } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { Timestamp } from "@/components/ui/timestamp";
import type { SealingStatus } from "@/lib/audit/seal/integrity-types";

/** How far the sealer has got, and what waits for the next seal. */
export function SealingStatusSummary({ sealing }: { sealing: SealingStatus }) {
  if (!sealing.lastSeal) {
    return (
      <EmptyState icon={Hourglass} title="Nothing is sealed yet">
        Events are sealed within a few seconds of being written.
        {sealing.unsealedEvents > 0
          ? ` ${sealing.unsealedEvents.toLocaleString()} ${sealing.unsealedEvents === 1 ? "event is" : "events are"} waiting.`
          : " No events have been written yet."}
      </EmptyState>
    );
  }
  return (
    <div className="p-5" data-testid="sealing-status">
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        <Fact label="Sealed up to event">#{sealing.lastSeal.toId.toLocaleString()}</Fact>
        <Fact label="Seals">{sealing.seals.toLocaleString()}</Fact>
        <Fact label="Waiting to be sealed">{sealing.unsealedEvents.toLocaleString()}</Fact>
        <Fact label="Last seal">
          <Timestamp iso={sealing.lastSeal.createdAt} />
        </Fact>
      </dl>
      {sealing.oldestUnsealedAt ? (
        <p className="mt-4 text-xs text-zinc-500 dark:text-zinc-400">
          The oldest event waiting was written <Timestamp iso={sealing.oldestUnsealedAt} />.
        </p>
      ) : null}
    </div>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium text-zinc-500 dark:text-zinc-400">{label}</dt>
      <dd className="mt-0.5 text-lg font-semibold text-zinc-900 tabular-nums dark:text-zinc-50">
        {children}
      </dd>
    </div>
  );
}
