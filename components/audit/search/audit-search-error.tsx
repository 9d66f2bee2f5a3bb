import { LoadError } from "@/components/console/load-error";
import { Button } from "@/components/ui/button";
import { InlineAlert } from "@/components/ui/inline-alert";
import { ApiError } from "@/lib/client/api-error";

const FIELD_LABELS: Record<string, string> = {
  range: "Time range",
  from: "From",
  to: "To",
  category: "Category",
  action: "Action",
  result: "Result",
  actorType: "Actor type",
  actor: "Actor",
  person: "Person",
  subject: "Data subject",
  server: "Server",
  tool: "Tool",
  correlationId: "Correlation id",
  q: "Search",
};

/** A refused search names the filter at fault (e.g. a time range that ends before it starts); other failures offer a retry. */
export function AuditSearchError({
  error,
  onRetry,
  onClearFilters,
}: {
  error: Error;
  onRetry: () => void;
  onClearFilters: () => void;
}) {
  if (!(error instanceof ApiError) || error.code !== "invalid_input")
    return <LoadError error={error} onRetry={onRetry} />;
  const problems = Object.entries(error.fields).map(
    ([field, messages]) => `${FIELD_LABELS[field.split(".")[0]] ?? field}: ${messages.join(" ")}`,
  );
  return (
    <InlineAlert>
      <p className="font-medium">These filters cannot be searched.</p>
      <ul className="mt-1 list-disc pl-5">
        {(problems.length ? problems : [error.message]).map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
      <Button variant="secondary" size="sm" className="mt-3" onClick={onClearFilters}>
        Clear filters
      </Button>
    </InlineAlert>
  );
}
