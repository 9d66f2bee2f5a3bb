// GET /api/v1/tools/:id's JSON shape: the tool, its definition history and any pending change,
// built by getToolOrThrow (get-tool.ts) and read by the console. Types only, so client code may import it.
import type { DefinitionDiff } from "@/lib/tools/diff-tool-definitions";
import type { ToolDefinition } from "@/lib/tools/tool-definition";
import type { ToolView } from "@/lib/tools/tool-view-type";

export type ToolVersionView = {
  definitionHash: string;
  decision: string;
  decidedAt: string | null;
  decidedBy: string | null;
  firstSeenAt: string;
};
export type ToolDetail = ToolView & {
  versions: ToolVersionView[];
  pending: { definition: ToolDefinition; diff: DefinitionDiff } | null;
};
