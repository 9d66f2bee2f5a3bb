"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";
import type { CreateLegalHoldInput } from "@/lib/audit/retention/schemas";
import type {
  LegalHoldView,
  RetentionClassView,
  RetentionRunSummary,
} from "@/lib/audit/retention/retention-views";

// Data for the retention page: the classes and last run, the legal holds, and what changes them.

export type RetentionOverview = { classes: RetentionClassView[]; lastRun: RetentionRunSummary | null };

/** GET /api/v1/audit/retention */
export function useRetention() {
  return useQuery({
    queryKey: queryKeys.audit.retention,
    queryFn: ({ signal }) => apiFetch<RetentionOverview>("/api/v1/audit/retention", { signal }),
  });
}

/** PUT /api/v1/audit/retention/:key */
export function useUpdateRetentionDays() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, days }: { key: string; days: number }) =>
      apiFetch<{ class: RetentionClassView }>(`/api/v1/audit/retention/${encodeURIComponent(key)}`, {
        method: "PUT",
        body: { days },
      }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.audit.retention }),
  });
}

/** POST /api/v1/audit/retention/run */
export function useRunRetention() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiFetch<{ run: RetentionRunSummary }>("/api/v1/audit/retention/run", { method: "POST" }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.audit.retention }),
  });
}

/** GET /api/v1/audit/holds: active holds first, then released ones. */
export function useLegalHolds() {
  return useQuery({
    queryKey: queryKeys.audit.holds,
    queryFn: ({ signal }) => apiFetch<{ holds: LegalHoldView[] }>("/api/v1/audit/holds", { signal }),
    select: (data) => data.holds,
  });
}

/** POST /api/v1/audit/holds */
export function useCreateLegalHold() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateLegalHoldInput) =>
      apiFetch<{ hold: LegalHoldView }>("/api/v1/audit/holds", { method: "POST", body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.audit.holds }),
  });
}

/** POST /api/v1/audit/holds/:id/release */
export function useReleaseLegalHold() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiFetch<{ hold: LegalHoldView }>(`/api/v1/audit/holds/${encodeURIComponent(id)}/release`, {
        method: "POST",
      }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.audit.holds }),
  });
}
