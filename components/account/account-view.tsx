"use client";

import type { ReactNode } from "react";
import { CapabilityGroups } from "@/components/console/capability-groups";
import { PageSkeleton } from "@/components/console/page-skeleton";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Panel } from "@/components/ui/panel";
import { useMe } from "@/lib/client/me/use-me";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 px-5 py-4 sm:grid-cols-[10rem_1fr] sm:gap-6">
      <dt className="text-sm font-medium text-zinc-600 dark:text-zinc-400">{label}</dt>
      <dd className="min-w-0 text-sm text-zinc-900 dark:text-zinc-100">{children}</dd>
    </div>
  );
}

/** The signed-in user: who they are, their roles, and what those roles let them do. */
export function AccountView() {
  const { data: me } = useMe();
  if (!me) return <PageSkeleton rows={4} />;

  return (
    <>
      <PageHeader title="Account" description="Who you are signed in as, and what your roles allow." />
      <Panel>
        <dl className="divide-y divide-zinc-100 dark:divide-zinc-800">
          <Row label="Email">
            <span className="break-all">{me.email}</span>
          </Row>
          <Row label="Name">
            {me.name || <span className="text-zinc-500 dark:text-zinc-400">Not set</span>}
          </Row>
          <Row label="Roles">
            <span className="flex flex-wrap gap-1.5">
              {me.roles.length > 0
                ? me.roles.map((r) => (
                    <Badge key={r} tone="info">
                      {r}
                    </Badge>
                  ))
                : "None"}
            </span>
          </Row>
        </dl>
      </Panel>
      <h2 className="mt-8 mb-3 text-sm font-semibold text-zinc-900 dark:text-zinc-100">
        Capabilities you hold
      </h2>
      <Panel className="p-5">
        <CapabilityGroups
          capabilities={me.capabilities}
          emptyText="Your roles grant no console capabilities."
        />
      </Panel>
    </>
  );
}
