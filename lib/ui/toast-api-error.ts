import type { ToastApi } from "@/components/ui/toast-context";
import { ApiError } from "@/lib/ui/api-error";

/** An error toast with the server's message and reference, or a generic one. */
export function toastApiError(toast: ToastApi, error: unknown): void {
  if (error instanceof ApiError) toast.error(error.message, error.correlationId);
  else toast.error("Something went wrong. Try again.");
}
