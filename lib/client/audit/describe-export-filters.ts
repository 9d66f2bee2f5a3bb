// The current search in words, for the export dialog ("Category: auth, gateway"). Values stay as
// the URL carries them: ids and addresses are what the manifest will record too.
const LABELS: Record<string, string> = {
  range: "Time",
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
  q: "Text",
};

const RANGES: Record<string, string> = {
  "15m": "last 15 minutes",
  "1h": "last hour",
  "24h": "last 24 hours",
  "7d": "last 7 days",
  "30d": "last 30 days",
  "90d": "last 90 days",
};

export type FilterDescription = { label: string; value: string };

function describeValue(key: string, value: string): string {
  if (key === "range") return RANGES[value] ?? value;
  if (key === "from" || key === "to") {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? value : date.toLocaleString();
  }
  if (key === "category" || key === "result") return value.split(",").join(", ");
  return value;
}

/** One line per filter in the query string (unknown keys are ignored); empty when nothing filters. */
export function describeExportFilters(query: string): FilterDescription[] {
  const params = new URLSearchParams(query);
  const lines: FilterDescription[] = [];
  for (const [key, label] of Object.entries(LABELS)) {
    const value = params.get(key);
    if (value) lines.push({ label, value: describeValue(key, value) });
  }
  return lines;
}
