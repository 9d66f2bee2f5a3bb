"use client";

import { useMutation } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { detectorPath } from "@/lib/client/privacy/privacy-paths";
import { useInvalidateDetection } from "@/lib/client/privacy/use-invalidate-detection";

/** DELETE /api/v1/privacy/detectors/:id (custom detectors only). */
export function useDeleteDetector() {
  const invalidate = useInvalidateDetection();
  return useMutation({
    mutationFn: (id: string) => apiFetch<unknown>(detectorPath(id), { method: "DELETE" }),
    onSuccess: invalidate,
  });
}
