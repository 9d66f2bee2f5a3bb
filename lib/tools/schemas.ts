import { z } from "zod";

export const TOOL_STATUSES = ["active", "pending_review", "rejected", "removed"] as const;

export const listToolsQuerySchema = z.strictObject({
  server: z.string().max(64).optional(),
  status: z.enum(TOOL_STATUSES).optional(),
  enabled: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
  /** readOnlyHint | destructiveHint | idempotentHint | openWorldHint */
  annotation: z.enum(["readOnlyHint", "destructiveHint", "idempotentHint", "openWorldHint"]).optional(),
  q: z.string().max(200).optional(),
  cursor: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type ListToolsQuery = z.output<typeof listToolsQuerySchema>;

export const updateToolSchema = z.strictObject({
  isEnabled: z.boolean().optional(),
  timeoutMs: z.number().int().min(100).max(600_000).nullable().optional(),
});
export type UpdateToolInput = z.input<typeof updateToolSchema>;

export const reviewDecisionSchema = z.strictObject({
  /** The pending definition's hash, so a decision never applies to a newer change unseen. */
  hash: z.string().regex(/^[0-9a-f]{64}$/, "Send the pendingHash you reviewed"),
  note: z.string().trim().max(1000).optional(),
});
