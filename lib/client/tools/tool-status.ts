import type { ToolStatus } from "@/lib/client/tools/tool-filters";

export const TOOL_STATUS_LABELS: Record<ToolStatus, string> = {
  active: "Active",
  pending_review: "Awaiting review",
  rejected: "Rejected",
  removed: "Removed upstream",
};

export function isToolStatus(value: string): value is ToolStatus {
  return Object.hasOwn(TOOL_STATUS_LABELS, value);
}
