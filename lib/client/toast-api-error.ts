import { ApiError } from "@/lib/client/api-error";

/** What this needs of the console's toast API (components/ui), so lib does not import components. */
export type ErrorToast = { error: (message: string, correlationId?: string | null) => void };

/** An error toast with the server's message and reference, or a generic one. */
export function toastApiError(toast: ErrorToast, error: unknown): void {
  if (error instanceof ApiError) toast.error(error.message, error.correlationId);
  else toast.error("Something went wrong. Try again.");
}
