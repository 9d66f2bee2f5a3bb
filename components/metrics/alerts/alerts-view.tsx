"use client";

import type { ReactNode } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { ActiveAlerts } from "@/components/metrics/alerts/active-alerts";
import { AlertHistory } from "@/components/metrics/alerts/alert-history";
import { CreateRuleDialog } from "@/components/metrics/alerts/create-rule-dialog";
import { CreateWebhookDialog } from "@/components/metrics/alerts/create-webhook-dialog";
import { RulesTable } from "@/components/metrics/alerts/rules-table";
import { WebhooksTable } from "@/components/metrics/alerts/webhooks-table";
import { useCan } from "@/lib/client/me/use-can";

function Section({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  return (
    <section className="space-y-3" aria-label={title}>
      <div className="flex items-center justify-between gap-4">
        <h2 className="text-base font-semibold text-zinc-900 dark:text-zinc-100">{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

/** Alerts: what fires now, the rules, the history and the webhooks. */
export function AlertsView() {
  const canWrite = useCan("settings:write");
  return (
    <>
      <PageHeader
        title="Alerts"
        description="Rules are evaluated every 30 seconds. Export them for Prometheus at /api/v1/alerts/prometheus-rules."
      />
      <div className="space-y-8">
        <Section title="Firing and pending">
          <ActiveAlerts />
        </Section>
        <Section title="Rules" actions={canWrite ? <CreateRuleDialog /> : null}>
          <RulesTable canWrite={canWrite} />
        </Section>
        <Section title="History">
          <AlertHistory />
        </Section>
        <Section title="Webhooks" actions={canWrite ? <CreateWebhookDialog /> : null}>
          <WebhooksTable canWrite={canWrite} />
        </Section>
      </div>
    </>
  );
}
