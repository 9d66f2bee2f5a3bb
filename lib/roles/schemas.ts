import { z } from "zod";
import { CAPABILITIES } from "@/lib/rbac/capabilities";
import { TOOL_PATTERN_REGEX } from "@/lib/rbac/tool-pattern";
import { roleNameSchema } from "@/lib/users/schemas";

/** The highest per-minute call limit a role or key may set; the console's forms check the same. */
export const MAX_RATE_LIMIT_PER_MINUTE = 100_000_000;
export const rateLimitPerMinuteSchema = z
  .number()
  .int("Enter a whole number")
  .min(1, "Enter at least 1")
  .max(MAX_RATE_LIMIT_PER_MINUTE, `Enter at most ${MAX_RATE_LIMIT_PER_MINUTE.toLocaleString("en")}`);

export const toolGrantSchema = z.strictObject({
  pattern: z
    .string()
    .max(200)
    .regex(TOOL_PATTERN_REGEX, "Use <server>/<tool>, with * as a wildcard (e.g. everything/*)"),
  effect: z.enum(["allow", "deny"]),
});
export type ToolGrant = z.output<typeof toolGrantSchema>;

export const createRoleSchema = z.strictObject({
  name: roleNameSchema,
  description: z.string().trim().max(500).default(""),
  inherits: roleNameSchema.nullable().default(null),
  capabilities: z.array(z.enum(CAPABILITIES)).max(CAPABILITIES.length).default([]),
  toolGrants: z.array(toolGrantSchema).max(500).default([]),
  rateLimitPerMinute: rateLimitPerMinuteSchema.nullable().default(null),
});
export type CreateRoleInput = z.input<typeof createRoleSchema>;

export const updateRoleSchema = z.strictObject({
  description: z.string().trim().max(500).optional(),
  inherits: roleNameSchema.nullable().optional(),
  capabilities: z.array(z.enum(CAPABILITIES)).max(CAPABILITIES.length).optional(),
  toolGrants: z.array(toolGrantSchema).max(500).optional(),
  rateLimitPerMinute: rateLimitPerMinuteSchema.nullable().optional(),
});
export type UpdateRoleInput = z.input<typeof updateRoleSchema>;
