"use client";

import { BellOff } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { ListPanel } from "@/components/ui/list-panel";
import { Table, TableBody, TableHead, Td, Th } from "@/components/ui/table";
import { Timestamp } from "@/components/ui/timestamp";
import { formatCondition, formatValue } from "@/components/metrics/alerts/format-alert";
import { useActiveAlerts } from "@/components/metrics/alerts/use-alerts-api";

/** What is firing or pending now, refreshed every 30 s. */
export function ActiveAlerts() {
  const alerts = useActiveAlerts();
  return (
    <ListPanel
      query={alerts}
      skeletonRows={2}
      empty={
        <EmptyState icon={BellOff} title="Nothing is firing">
          Alerts appear here while a rule&apos;s condition holds.
        </EmptyState>
      }
    >
      {(data) => (
        <Table label="Firing and pending alerts">
          <TableHead>
            <tr>
              <Th>State</Th>
              <Th>Rule</Th>
              <Th>Server</Th>
              <Th>Value</Th>
              <Th>Since</Th>
            </tr>
          </TableHead>
          <TableBody>
            {data.map((alert) => (
              <tr key={`${alert.ruleId}/${alert.instance}`} data-testid="active-alert">
                <Td>
                  <span className="flex gap-1">
                    <Badge tone={alert.state === "firing" ? "danger" : "warning"}>{alert.state}</Badge>
                    <Badge tone={alert.severity === "critical" ? "danger" : "neutral"}>
                      {alert.severity}
                    </Badge>
                  </span>
                </Td>
                <Td className="font-medium text-zinc-900 dark:text-zinc-100">{alert.ruleName}</Td>
                <Td>{alert.instance || <span className="text-zinc-400 dark:text-zinc-500">all</span>}</Td>
                <Td className="whitespace-nowrap tabular-nums">
                  {formatValue(alert.metric, alert.value)}{" "}
                  <span className="text-zinc-500 dark:text-zinc-400">
                    ({formatCondition(alert.metric, alert.comparison, alert.threshold)})
                  </span>
                </Td>
                <Td className="whitespace-nowrap">
                  <Timestamp iso={alert.firedAt ?? alert.pendingSince} />
                </Td>
              </tr>
            ))}
          </TableBody>
        </Table>
      )}
    </ListPanel>
  );
}
