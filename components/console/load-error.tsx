import { Button } from "@/components/ui/button";
import { InlineAlert } from "@/components/ui/inline-alert";
import { ApiError } from "@/lib/client/api-error";

/** A failed load, with the server's message, its reference and a retry button. */
export function LoadError({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const correlationId = error instanceof ApiError ? error.correlationId : null;
  return (
    <InlineAlert>
      <p className="font-medium">Could not load this page.</p>
      <p className="mt-0.5">{error.message}</p>
      {correlationId ? (
        <p className="mt-0.5 font-mono text-xs opacity-80">Reference: {correlationId}</p>
      ) : null}
      {onRetry ? (
        <Button variant="secondary" size="sm" className="mt-3" onClick={onRetry}>
          Try again
        </Button>
      ) : null}
    </InlineAlert>
  );
}
