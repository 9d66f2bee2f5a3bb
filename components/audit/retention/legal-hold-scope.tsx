import type { ReactNode } from "react";
import { Timestamp } from "@/components/ui/timestamp";
import type { LegalHoldView } from "@/lib/audit/retention/retention-views";

function timeRange(hold: LegalHoldView): ReactNode {
  if (hold.fromTime && hold.toTime) {
    return (
      <>
        From <Timestamp iso={hold.fromTime} /> to <Timestamp iso={hold.toTime} />
      </>
    );
  }
  if (hold.fromTime) {
    return (
      <>
        From <Timestamp iso={hold.fromTime} /> on
      </>
    );
  }
  return (
    <>
      Up to <Timestamp iso={hold.toTime} />
    </>
  );
}

/** The scopes of a hold, one per line, joined by "and": several scopes narrow each other. */
export function LegalHoldScope({ hold }: { hold: LegalHoldView }) {
  const scopes: { key: string; content: ReactNode }[] = [];
  if (hold.fromTime || hold.toTime) scopes.push({ key: "time", content: timeRange(hold) });
  if (hold.actorId) {
    scopes.push({
      key: "actor",
      content: (
        <>
          Actor{" "}
          <span className="font-medium [overflow-wrap:anywhere]">{hold.actorLabel ?? hold.actorId}</span>
        </>
      ),
    });
  }
  if (hold.subjectHint)
    scopes.push({
      key: "subject",
      content: (
        <>
          About <span className="font-medium">{hold.subjectHint}</span>
        </>
      ),
    });
  return (
    <ul className="space-y-0.5">
      {scopes.map((scope, index) => (
        <li key={scope.key}>
          {index > 0 ? (
            <span className="mr-1 text-xs font-semibold text-zinc-400 uppercase dark:text-zinc-500">and</span>
          ) : null}
          {scope.content}
        </li>
      ))}
    </ul>
  );
}
