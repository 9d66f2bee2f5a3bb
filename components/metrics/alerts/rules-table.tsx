"use client";

import { Pencil, Trash2 } from "lucide-react";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmMutationButton } from "@/components/ui/confirm-mutation-button";
import { EmptyState } from "@/components/ui/empty-state";
import { ListPanel } from "@/components/ui/list-panel";
import { Table, TableBody, TableHead, Td, Th } from "@/components/ui/table";
import { useToast } from "@/components/ui/toast-context";
import { EditRuleDialog } from "@/components/metrics/alerts/edit-rule-dialog";
import { formatCondition, formatFor } from "@/components/metrics/alerts/format-alert";
import { useAlertRules, useDeleteRule } from "@/components/metrics/alerts/use-alerts-api";
import { METRIC_LABELS, type AlertRuleView } from "@/lib/alerts/alert-types";
import { BellRing } from "lucide-react";

function scopeOf(rule: AlertRuleView): string {
  if (rule.scope === "server") return rule.server ?? "";
  if (rule.scope === "tool") return `${rule.server}/${rule.tool}`;
  return "all";
}

/** Built-in and custom rules; editing and deleting need settings:write. */
export function RulesTable({ canWrite }: { canWrite: boolean }) {
  const rules = useAlertRules();
  const [editing, setEditing] = useState<AlertRuleView | null>(null);
  const deleteRule = useDeleteRule();
  const toast = useToast();
  return (
    <>
      <ListPanel query={rules} empty={<EmptyState icon={BellRing} title="No rules" />}>
        {(data) => (
          <Table label="Alert rules">
            <TableHead>
              <tr>
                <Th>Rule</Th>
                <Th>Scope</Th>
                <Th>Condition</Th>
                <Th>Severity</Th>
                <Th>Status</Th>
                {canWrite ? (
                  <Th className="w-24">
                    <span className="sr-only">Actions</span>
                  </Th>
                ) : null}
              </tr>
            </TableHead>
            <TableBody>
              {data.map((rule) => (
                <tr
                  key={rule.id}
                  data-testid="alert-rule-row"
                  className="hover:bg-zinc-50/60 dark:hover:bg-zinc-800/30"
                >
                  <Td className="min-w-48">
                    <span className="block font-medium text-zinc-900 dark:text-zinc-100">{rule.name}</span>
                    <span className="block text-xs text-zinc-500 dark:text-zinc-400">
                      {METRIC_LABELS[rule.metric]}
                      {rule.builtIn ? " · built-in" : " · custom"}
                    </span>
                  </Td>
                  <Td>{scopeOf(rule)}</Td>
                  <Td className="whitespace-nowrap tabular-nums">
                    {formatCondition(rule.metric, rule.comparison, rule.threshold)}{" "}
                    {formatFor(rule.forSeconds)}
                  </Td>
                  <Td>
                    <Badge tone={rule.severity === "critical" ? "danger" : "warning"}>{rule.severity}</Badge>
                  </Td>
                  <Td>
                    <Badge tone={rule.isEnabled ? "success" : "neutral"}>
                      {rule.isEnabled ? "enabled" : "disabled"}
                    </Badge>
                  </Td>
                  {canWrite ? (
                    <Td className="text-right whitespace-nowrap">
                      <Button
                        variant="ghost"
                        size="sm"
                        aria-label={`Edit ${rule.name}`}
                        onClick={() => setEditing(rule)}
                      >
                        <Pencil aria-hidden="true" />
                      </Button>
                      {rule.builtIn ? null : (
                        <ConfirmMutationButton
                          trigger={
                            <Button variant="ghost-danger" size="sm" aria-label={`Delete ${rule.name}`}>
                              <Trash2 aria-hidden="true" />
                            </Button>
                          }
                          title={`Delete ${rule.name}?`}
                          description="The rule stops being evaluated. Its history is kept."
                          confirmLabel="Delete rule"
                          pendingLabel="Deleting…"
                          tone="danger"
                          isPending={deleteRule.isPending}
                          onConfirm={async () => {
                            await deleteRule.mutateAsync(rule.id);
                            toast.success(`Deleted ${rule.name}.`);
                          }}
                        />
                      )}
                    </Td>
                  ) : null}
                </tr>
              ))}
            </TableBody>
          </Table>
        )}
      </ListPanel>
      {editing ? <EditRuleDialog rule={editing} onOpenChange={(open) => !open && setEditing(null)} /> : null}
    </>
  );
}
