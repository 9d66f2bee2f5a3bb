// MCP tool annotations (hints from the upstream, not guarantees) as labels for badges and filters.
import { TOOL_ANNOTATIONS, type ToolAnnotation } from "@/lib/client/tools/tool-filters";

export const ANNOTATION_LABELS: Record<ToolAnnotation, string> = {
  readOnlyHint: "Read-only",
  destructiveHint: "Destructive",
  idempotentHint: "Idempotent",
  openWorldHint: "Open world",
};

export const ANNOTATION_HINTS: Record<ToolAnnotation, string> = {
  readOnlyHint: "Does not modify its environment",
  destructiveHint: "May delete or overwrite data",
  idempotentHint: "Calling it again with the same arguments has no further effect",
  openWorldHint: "Interacts with external entities (for example the web)",
};

/** The annotations set to true, in a fixed order. */
export function readTrueAnnotations(annotations: unknown): ToolAnnotation[] {
  if (typeof annotations !== "object" || annotations === null) return [];
  const record: Record<string, unknown> = { ...annotations };
  return TOOL_ANNOTATIONS.filter((key) => record[key] === true);
}
