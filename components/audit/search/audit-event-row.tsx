"use client";

import { AuditResultBadge } from "@/components/audit/search/audit-result-badge";
import { AuditTime } from "@/components/audit/search/audit-time";
import { actorNameOf, serverNameOf, targetNameOf, type FacetIndex } from "@/lib/client/audit/audit-names";
import { Badge } from "@/components/ui/badge";
import { Td } from "@/components/ui/table";
import type { AuditEventView } from "@/lib/audit/event-view";
import { cn } from "@/lib/client/cn";

export type AuditEventRowProps = {
  event: AuditEventView;
  names: FacetIndex;
  isOpen: boolean;
  onOpen: (id: number) => void;
};

/** One event; the whole row opens its detail (click, Enter or Space). */
export function AuditEventRow({ event, names, isOpen, onOpen }: AuditEventRowProps) {
  const actor = actorNameOf(event.actor, names);
  const server = event.serverId ? serverNameOf(event.serverId, names) : null;
  const where = event.tool ?? event.target;
  // Ids of users, keys and servers read better as names; the id stays beneath.
  const whereName = !event.tool && event.target ? targetNameOf(event.target, names) : null;

  return (
    <tr
      tabIndex={0}
      aria-label={`Event ${event.id}: ${event.category} ${event.action}, ${event.result}. Open details`}
      aria-current={isOpen || undefined}
      data-event-id={event.id}
      onClick={() => onOpen(event.id)}
      onKeyDown={(e) => {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          onOpen(event.id);
        }
      }}
      className={cn(
        "cursor-pointer align-top hover:bg-zinc-50 focus-visible:bg-indigo-50/60 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600",
        "dark:hover:bg-zinc-800/40 dark:focus-visible:bg-indigo-500/10 dark:focus-visible:outline-indigo-400",
        isOpen && "bg-indigo-50/60 dark:bg-indigo-500/10",
      )}
    >
      <Td className="text-[13px] text-zinc-600 dark:text-zinc-400">
        <AuditTime iso={event.createdAt} />
      </Td>
      <Td>
        <Badge>{event.category}</Badge>
      </Td>
      <Td className="font-mono text-[13px] whitespace-nowrap text-zinc-900 dark:text-zinc-100">
        {event.action}
      </Td>
      <Td>
        <AuditResultBadge result={event.result} />
      </Td>
      <Td className="max-w-64">
        <span
          className={cn(
            "block [overflow-wrap:anywhere]",
            actor.isErased && "text-zinc-500 italic dark:text-zinc-400",
          )}
        >
          {actor.name}
        </span>
        <span className="block text-xs text-zinc-500 dark:text-zinc-400">{actor.kind}</span>
      </Td>
      <Td className="max-w-72">
        {whereName ? <span className="block [overflow-wrap:anywhere]">{whereName}</span> : null}
        {where ? (
          <span
            className={cn(
              "block font-mono [overflow-wrap:anywhere]",
              whereName ? "text-xs text-zinc-500 dark:text-zinc-400" : "text-[13px]",
            )}
          >
            {where}
          </span>
        ) : (
          <span className="text-zinc-400 dark:text-zinc-500">—</span>
        )}
        {server ? (
          <span className="block text-xs text-zinc-500 [overflow-wrap:anywhere] dark:text-zinc-400">
            {server.name}
          </span>
        ) : null}
      </Td>
    </tr>
  );
}
