"use client";

import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableHead, Td, Th } from "@/components/ui/table";
import { Timestamp } from "@/components/ui/timestamp";
import { describeDays } from "@/lib/audit/retention/describe-days";
import type { RetentionClassView } from "@/lib/audit/retention/retention-views";
import { RetentionDaysForm } from "@/components/audit/retention/retention-days-form";

const MODE_LABEL = { delete: "Deleted", drop_payload: "Arguments dropped" } as const;

/** One row per retention class; the days are editable in place for holders of retention:write. */
export function RetentionClassesTable({
  classes,
  canWrite,
}: {
  classes: readonly RetentionClassView[];
  canWrite: boolean;
}) {
  return (
    <Table label="Retention classes">
      <TableHead>
        <tr>
          <Th>Class</Th>
          <Th>Categories</Th>
          <Th>When due</Th>
          <Th>Keep for</Th>
          <Th>Last changed</Th>
        </tr>
      </TableHead>
      <TableBody>
        {classes.map((c) => (
          <tr key={c.key} data-retention-class={c.key} className="align-top">
            <Td className="max-w-72 min-w-44">
              <span className="block font-medium text-zinc-900 dark:text-zinc-100">{c.label}</span>
              <span className="block text-xs text-zinc-500 dark:text-zinc-400">{c.description}</span>
            </Td>
            <Td className="max-w-56 min-w-32">
              <span className="flex flex-wrap gap-1">
                {c.categories.map((category) => (
                  <Badge key={category}>{category}</Badge>
                ))}
                {c.isCatchAll ? <Badge tone="info">any other</Badge> : null}
              </span>
            </Td>
            <Td className="whitespace-nowrap">
              <Badge tone={c.mode === "delete" ? "warning" : "neutral"}>{MODE_LABEL[c.mode]}</Badge>
            </Td>
            <Td className="whitespace-nowrap">
              {canWrite ? (
                <RetentionDaysForm retentionClass={c} />
              ) : (
                <span className="tabular-nums">
                  {c.days} days{" "}
                  <span className="block text-xs text-zinc-500 dark:text-zinc-400">
                    {describeDays(c.days)}
                  </span>
                </span>
              )}
              {c.days !== c.defaultDays ? (
                <span className="mt-1 block text-xs text-zinc-500 dark:text-zinc-400">
                  Default {c.defaultDays} days
                </span>
              ) : null}
            </Td>
            <Td>
              <Timestamp iso={c.updatedAt} fallback="Default" />
            </Td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
