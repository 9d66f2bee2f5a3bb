"use client";

import { History } from "lucide-react";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ListPanel } from "@/components/ui/list-panel";
import { Table, TableBody, TableHead, Td, Th } from "@/components/ui/table";
import { Timestamp } from "@/components/ui/timestamp";
import { formatValue } from "@/components/metrics/alerts/format-alert";
import { useAlertHistory, type AlertHistoryPage } from "@/components/metrics/alerts/use-alerts-api";

const TONES = { pending: "warning", firing: "danger", resolved: "success" } as const;

/** Every move to pending, firing or resolved, newest first, 20 a page. */
export function AlertHistory() {
  const [page, setPage] = useState(1);
  const history = useAlertHistory(page);
  const pages = history.data ? Math.max(1, Math.ceil(history.data.total / history.data.pageSize)) : 1;
  return (
    <div className="space-y-3">
      <ListPanel<AlertHistoryPage>
        query={history}
        isEmpty={(data) => data.events.length === 0}
        keepsStaleData
        empty={
          <EmptyState icon={History} title="No alerts yet">
            Nothing has fired or gone pending.
          </EmptyState>
        }
      >
        {(data) => (
          <Table label="Alert history">
            <TableHead>
              <tr>
                <Th>When</Th>
                <Th>State</Th>
                <Th>Rule</Th>
                <Th>Server</Th>
                <Th>Value</Th>
              </tr>
            </TableHead>
            <TableBody>
              {data.events.map((event) => (
                <tr key={event.id}>
                  <Td className="whitespace-nowrap">
                    <Timestamp iso={event.at} />
                  </Td>
                  <Td>
                    <Badge tone={TONES[event.state]}>{event.state}</Badge>
                  </Td>
                  <Td>
                    {event.ruleName}{" "}
                    <span className="text-xs text-zinc-500 dark:text-zinc-400">({event.severity})</span>
                  </Td>
                  <Td>{event.instance || "all"}</Td>
                  <Td className="tabular-nums">{formatValue(event.metric, event.value)}</Td>
                </tr>
              ))}
            </TableBody>
          </Table>
        )}
      </ListPanel>
      {pages > 1 ? (
        <div className="flex items-center justify-end gap-2 text-sm text-zinc-600 dark:text-zinc-400">
          <Button variant="secondary" size="sm" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            Previous
          </Button>
          <span>
            Page {page} of {pages}
          </span>
          <Button variant="secondary" size="sm" disabled={page >= pages} onClick={() => setPage(page + 1)}>
            Next
          </Button>
        </div>
      ) : null}
    </div>
  );
}
