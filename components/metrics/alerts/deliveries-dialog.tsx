"use client";

import { Badge } from "@/components/ui/badge";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { ListPanel } from "@/components/ui/list-panel";
import { Table, TableBody, TableHead, Td, Th } from "@/components/ui/table";
import { Timestamp } from "@/components/ui/timestamp";
import { useWebhookDeliveries } from "@/components/metrics/alerts/use-alerts-api";
import type { AlertWebhookView } from "@/lib/alerts/alert-types";
import { Send } from "lucide-react";

const TONES = { pending: "warning", delivered: "success", failed: "danger" } as const;

/** A webhook's latest deliveries: status, attempts, the last answer. */
export function DeliveriesDialog({
  webhook,
  onOpenChange,
}: {
  webhook: AlertWebhookView;
  onOpenChange: (open: boolean) => void;
}) {
  const deliveries = useWebhookDeliveries(webhook.id);
  return (
    <Dialog open onOpenChange={onOpenChange}>
      <DialogContent title={`Deliveries to ${webhook.name}`} className="max-w-3xl">
        <ListPanel
          query={deliveries}
          isFramed={false}
          empty={<EmptyState icon={Send} title="Nothing sent yet" />}
        >
          {(data) => (
            <Table label="Deliveries">
              <TableHead>
                <tr>
                  <Th>Created</Th>
                  <Th>Status</Th>
                  <Th>Attempts</Th>
                  <Th>Last answer</Th>
                  <Th>Next attempt</Th>
                </tr>
              </TableHead>
              <TableBody>
                {data.map((d) => (
                  <tr key={d.id}>
                    <Td className="whitespace-nowrap">
                      <Timestamp iso={d.createdAt} />
                    </Td>
                    <Td>
                      <Badge tone={TONES[d.status]}>{d.status}</Badge>
                    </Td>
                    <Td className="tabular-nums">{d.attempts}</Td>
                    <Td>{d.lastError ?? (d.lastStatusCode ? `HTTP ${d.lastStatusCode}` : "—")}</Td>
                    <Td className="whitespace-nowrap">
                      <Timestamp iso={d.nextAttemptAt} fallback="—" />
                    </Td>
                  </tr>
                ))}
              </TableBody>
            </Table>
          )}
        </ListPanel>
      </DialogContent>
    </Dialog>
  );
}
