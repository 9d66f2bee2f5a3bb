"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import type {
  ActiveAlertView,
  AlertDeliveryView,
  AlertEventView,
  AlertRuleView,
  AlertWebhookView,
} from "@/lib/alerts/alert-types";

// The console's reads and writes of /api/v1/alerts/**. Every write refreshes everything under
// "alerts", which is small.
const ALERTS = ["alerts"] as const;

export function useActiveAlerts(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...ALERTS, "active"],
    queryFn: ({ signal }) => apiFetch<{ alerts: ActiveAlertView[] }>("/api/v1/alerts", { signal }),
    select: (data) => data.alerts,
    refetchInterval: 30_000,
    enabled: options.enabled ?? true,
  });
}

export function useAlertRules() {
  return useQuery({
    queryKey: [...ALERTS, "rules"],
    queryFn: ({ signal }) => apiFetch<{ rules: AlertRuleView[] }>("/api/v1/alerts/rules", { signal }),
    select: (data) => data.rules,
  });
}

export type AlertHistoryPage = { events: AlertEventView[]; total: number; page: number; pageSize: number };

export function useAlertHistory(page: number) {
  return useQuery({
    queryKey: [...ALERTS, "history", page],
    queryFn: ({ signal }) =>
      apiFetch<AlertHistoryPage>(`/api/v1/alerts/history?page=${page}&pageSize=20`, { signal }),
    refetchInterval: 30_000,
  });
}

export function useAlertWebhooks() {
  return useQuery({
    queryKey: [...ALERTS, "webhooks"],
    queryFn: ({ signal }) =>
      apiFetch<{ webhooks: AlertWebhookView[] }>("/api/v1/alerts/webhooks", { signal }),
    select: (data) => data.webhooks,
  });
}

export function useWebhookDeliveries(id: string) {
  return useQuery({
    queryKey: [...ALERTS, "deliveries", id],
    queryFn: ({ signal }) =>
      apiFetch<{ deliveries: AlertDeliveryView[] }>(
        `/api/v1/alerts/webhooks/${encodeURIComponent(id)}/deliveries`,
        { signal },
      ),
    select: (data) => data.deliveries,
  });
}

function useAlertsMutation<TVars, TResult>(fn: (vars: TVars) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ALERTS }),
  });
}

export function useCreateRule() {
  return useAlertsMutation((body: Record<string, unknown>) =>
    apiFetch<{ rule: AlertRuleView }>("/api/v1/alerts/rules", { method: "POST", body }),
  );
}

export function useUpdateRule() {
  return useAlertsMutation(({ id, body }: { id: string; body: Record<string, unknown> }) =>
    apiFetch<{ rule: AlertRuleView }>(`/api/v1/alerts/rules/${encodeURIComponent(id)}`, {
      method: "PATCH",
      body,
    }),
  );
}

export function useDeleteRule() {
  return useAlertsMutation((id: string) =>
    apiFetch<null>(`/api/v1/alerts/rules/${encodeURIComponent(id)}`, { method: "DELETE" }),
  );
}

export function useCreateWebhook() {
  return useAlertsMutation((body: Record<string, unknown>) =>
    apiFetch<{ webhook: AlertWebhookView; secret: string }>("/api/v1/alerts/webhooks", {
      method: "POST",
      body,
    }),
  );
}

export function useDeleteWebhook() {
  return useAlertsMutation((id: string) =>
    apiFetch<null>(`/api/v1/alerts/webhooks/${encodeURIComponent(id)}`, { method: "DELETE" }),
  );
}
