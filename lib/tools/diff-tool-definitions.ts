import { canonicalJson } from "@/lib/audit/canonical-json";
import type { ToolDefinition } from "@/lib/tools/tool-definition";

export type FieldChange = { field: keyof ToolDefinition; before: unknown; after: unknown };
export type DefinitionDiff = { changes: FieldChange[] };

/** Which parts of a tool's definition changed, with both values, for a reviewer to compare. */
export function diffToolDefinitions(before: ToolDefinition, after: ToolDefinition): DefinitionDiff {
  const fields: (keyof ToolDefinition)[] = [
    "title",
    "description",
    "inputSchema",
    "outputSchema",
    "annotations",
  ];
  return {
    changes: fields
      .filter((field) => canonicalJson(before[field] ?? null) !== canonicalJson(after[field] ?? null))
      .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null })),
  };
}
