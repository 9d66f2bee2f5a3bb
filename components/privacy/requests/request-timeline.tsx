import { ArrowRight } from "lucide-react";
import { Muted } from "@/components/ui/muted";
import { Table, TableBody, TableHead, Td, Th } from "@/components/ui/table";
import { Timestamp } from "@/components/ui/timestamp";
import { formatDate } from "@/lib/client/format-date";
import {
  REQUEST_ACTION_LABELS,
  REQUEST_STATE_LABELS,
  verificationMethodLabel,
} from "@/lib/client/privacy/requests/request-labels";
import type { RequestTransitionView } from "@/lib/privacy/requests/request-types";

function actorLabel(transition: RequestTransitionView): string {
  if (transition.actorType === "system") return "Gatehouse";
  return transition.actor?.label ?? "Unknown";
}

/** What the details add in words: the method of a verification, the new date of an extension. */
function detailText({ action, details }: RequestTransitionView): string | null {
  if (!details) return null;
  if (action === "verify_identity" && typeof details.method === "string")
    return verificationMethodLabel(details.method);
  if (action === "extend" && typeof details.dueAt === "string")
    return `${typeof details.days === "number" ? `+${details.days} days, ` : ""}due ${formatDate(details.dueAt)}`;
  return null;
}

/** The request's transitions, oldest first: what was done, the state change, who, when and why. */
export function RequestTimeline({ transitions }: { transitions: readonly RequestTransitionView[] }) {
  if (transitions.length === 0) return <p className="px-5 pb-5 text-sm text-zinc-500">Nothing yet.</p>;
  return (
    <Table label="Timeline">
      <TableHead>
        <tr>
          <Th>When</Th>
          <Th>Action</Th>
          <Th>State</Th>
          <Th>By</Th>
          <Th>Reason</Th>
        </tr>
      </TableHead>
      <TableBody>
        {transitions.map((t) => {
          const detail = detailText(t);
          return (
            <tr key={t.id}>
              <Td className="whitespace-nowrap">
                <Timestamp iso={t.createdAt} />
              </Td>
              <Td className="min-w-36">
                <span className="font-medium text-zinc-900 dark:text-zinc-100">
                  {REQUEST_ACTION_LABELS[t.action]}
                </span>
                {detail ? (
                  <span className="block text-xs text-zinc-500 dark:text-zinc-400">{detail}</span>
                ) : null}
              </Td>
              <Td className="whitespace-nowrap">
                {t.fromState ? (
                  <span className="inline-flex items-center gap-1.5">
                    {REQUEST_STATE_LABELS[t.fromState]}
                    <ArrowRight className="size-3.5 text-zinc-400" aria-hidden="true" />
                    <span className="sr-only">to</span>
                    {REQUEST_STATE_LABELS[t.toState]}
                  </span>
                ) : (
                  REQUEST_STATE_LABELS[t.toState]
                )}
              </Td>
              <Td className="max-w-64 min-w-48 break-words">{actorLabel(t)}</Td>
              <Td className="max-w-80 min-w-32 [overflow-wrap:anywhere]">{t.reason ?? <Muted>—</Muted>}</Td>
            </tr>
          );
        })}
      </TableBody>
    </Table>
  );
}
