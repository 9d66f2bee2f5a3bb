"use client";

import { Inbox } from "lucide-react";
import { Link } from "@/components/ui/link";
import { DueBadge } from "@/components/privacy/requests/due-badge";
import { RequestStateBadge } from "@/components/privacy/requests/request-state-badge";
import { Button, focusRing } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ListPanel } from "@/components/ui/list-panel";
import { Table, TableBody, TableHead, Td, Th } from "@/components/ui/table";
import { Timestamp } from "@/components/ui/timestamp";
import { cn } from "@/lib/client/cn";
import { IDENTIFIER_KIND_LABELS } from "@/lib/client/privacy/identifier-kind-labels";
import { hasRequestFilters, type RequestFilters } from "@/lib/client/privacy/requests/request-filters";
import { REQUEST_TYPE_LABELS } from "@/lib/client/privacy/requests/request-labels";
import { requestPageHref } from "@/lib/client/privacy/requests/request-paths";
import { useRequests } from "@/lib/client/privacy/requests/use-requests";

export type RequestsListProps = { filters: RequestFilters; canReceive: boolean };

/** The requests, newest first, with "Load more"; each id opens its detail page. */
export function RequestsList({ filters, canReceive }: RequestsListProps) {
  const requests = useRequests(filters);
  const isFiltered = hasRequestFilters(filters);

  return (
    <>
      <ListPanel
        query={requests}
        className={cn(requests.isPlaceholderData && "opacity-60 transition-opacity")}
        isEmpty={(data) => data.pages.every((p) => p.requests.length === 0)}
        empty={
          <EmptyState icon={Inbox} title={isFiltered ? "No requests match these filters" : "No requests yet"}>
            {isFiltered
              ? "Try another state, type or deadline."
              : canReceive
                ? "Record a person's request with “New request” as soon as it arrives: its deadline runs from then."
                : "Requests recorded by people with the privacy:request capability show up here."}
          </EmptyState>
        }
      >
        {(data) => (
          <Table label="Requests">
            <TableHead>
              <tr>
                <Th>Request</Th>
                <Th>Type</Th>
                <Th>Person</Th>
                <Th>State</Th>
                <Th>Received</Th>
                <Th>Due</Th>
              </tr>
            </TableHead>
            <TableBody>
              {data.pages
                .flatMap((p) => p.requests)
                .map((request) => (
                  <tr key={request.id} className="hover:bg-zinc-50/60 dark:hover:bg-zinc-800/30">
                    <Td>
                      <Link
                        href={requestPageHref(request.id)}
                        className={cn(
                          "rounded font-mono text-xs font-medium text-indigo-700 hover:underline dark:text-indigo-300",
                          focusRing,
                        )}
                      >
                        {request.id}
                      </Link>
                    </Td>
                    <Td>{REQUEST_TYPE_LABELS[request.type]}</Td>
                    <Td className="max-w-56 [overflow-wrap:anywhere]">
                      <span className="text-xs text-zinc-500 dark:text-zinc-400">
                        {IDENTIFIER_KIND_LABELS[request.identifierKind]}{" "}
                      </span>
                      <span className="font-mono text-xs">{request.identifierHint}</span>
                    </Td>
                    <Td>
                      <RequestStateBadge state={request.state} />
                    </Td>
                    <Td className="whitespace-nowrap">
                      <Timestamp iso={request.receivedAt} />
                    </Td>
                    <Td className="whitespace-nowrap">
                      <span className="inline-flex items-center gap-2">
                        <Timestamp iso={request.dueAt} dateOnly />
                        <DueBadge status={request.dueStatus} />
                      </span>
                    </Td>
                  </tr>
                ))}
            </TableBody>
          </Table>
        )}
      </ListPanel>
      {!requests.isError && requests.hasNextPage ? (
        <div className="mt-4 flex justify-center">
          <Button
            variant="secondary"
            onClick={() => void requests.fetchNextPage()}
            disabled={requests.isFetchingNextPage}
          >
            {requests.isFetchingNextPage ? "Loading…" : "Load more"}
          </Button>
        </div>
      ) : null}
    </>
  );
}
