"use client";

import { Send, Trash2, Webhook } from "lucide-react";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmMutationButton } from "@/components/ui/confirm-mutation-button";
import { EmptyState } from "@/components/ui/empty-state";
import { ListPanel } from "@/components/ui/list-panel";
import { Table, TableBody, TableHead, Td, Th } from "@/components/ui/table";
import { useToast } from "@/components/ui/toast-context";
import { DeliveriesDialog } from "@/components/metrics/alerts/deliveries-dialog";
import { useAlertWebhooks, useDeleteWebhook } from "@/components/metrics/alerts/use-alerts-api";
import type { AlertWebhookView } from "@/lib/alerts/alert-types";

/** Where notifications go; deleting asks first. */
export function WebhooksTable({ canWrite }: { canWrite: boolean }) {
  const webhooks = useAlertWebhooks();
  const remove = useDeleteWebhook();
  const toast = useToast();
  const [viewing, setViewing] = useState<AlertWebhookView | null>(null);
  return (
    <>
      <ListPanel
        query={webhooks}
        skeletonRows={2}
        empty={
          <EmptyState icon={Webhook} title="No webhooks">
            Add one to be notified when an alert fires or resolves.
          </EmptyState>
        }
      >
        {(data) => (
          <Table label="Webhooks">
            <TableHead>
              <tr>
                <Th>Name</Th>
                <Th>URL</Th>
                <Th>Receives</Th>
                <Th>Status</Th>
                <Th className="w-24">
                  <span className="sr-only">Actions</span>
                </Th>
              </tr>
            </TableHead>
            <TableBody>
              {data.map((hook) => (
                <tr key={hook.id}>
                  <Td className="font-medium text-zinc-900 dark:text-zinc-100">{hook.name}</Td>
                  <Td className="max-w-72 truncate font-mono text-xs" title={hook.url}>
                    {hook.url}
                  </Td>
                  <Td>{hook.minSeverity === "critical" ? "critical only" : "warning and critical"}</Td>
                  <Td>
                    <Badge tone={hook.isEnabled ? "success" : "neutral"}>
                      {hook.isEnabled ? "enabled" : "disabled"}
                    </Badge>
                  </Td>
                  <Td className="text-right whitespace-nowrap">
                    <Button
                      variant="ghost"
                      size="sm"
                      aria-label={`Deliveries to ${hook.name}`}
                      onClick={() => setViewing(hook)}
                    >
                      <Send aria-hidden="true" />
                    </Button>
                    {canWrite ? (
                      <ConfirmMutationButton
                        trigger={
                          <Button variant="ghost-danger" size="sm" aria-label={`Delete ${hook.name}`}>
                            <Trash2 aria-hidden="true" />
                          </Button>
                        }
                        title={`Delete ${hook.name}?`}
                        description="It receives no more notifications, and its delivery records are deleted."
                        confirmLabel="Delete webhook"
                        pendingLabel="Deleting…"
                        tone="danger"
                        isPending={remove.isPending}
                        onConfirm={async () => {
                          await remove.mutateAsync(hook.id);
                          toast.success(`Deleted ${hook.name}.`);
                        }}
                      />
                    ) : null}
                  </Td>
                </tr>
              ))}
            </TableBody>
          </Table>
        )}
      </ListPanel>
      {viewing ? (
        <DeliveriesDialog webhook={viewing} onOpenChange={(open) => !open && setViewing(null)} />
      ) : null}
    </>
  );
}
