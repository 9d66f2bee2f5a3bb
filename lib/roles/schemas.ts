import { z } from "zod";
import { CAPABILITIES } from "@/lib/rbac/capabilities";
import { TOOL_PATTERN_REGEX } from "@/lib/rbac/tool-pattern";
import { roleNameSchema } from "@/lib/users/schemas";

export const toolGrantSchema = z.strictObject({
  pattern: z
    .string()
    .max(200)
    .regex(TOOL_PATTERN_REGEX, "Use <server>/<tool>, with * as a wildcard (e.g. everything/*)"),
  effect: z.enum(["allow", "deny"]),
});

export const createRoleSchema = z.strictObject({
  name: roleNameSchema,
  description: z.string().trim().max(500).default(""),
  inherits: roleNameSchema.nullable().default(null),
  capabilities: z.array(z.enum(CAPABILITIES)).max(CAPABILITIES.length).default([]),
  toolGrants: z.array(toolGrantSchema).max(500).default([]),
  rateLimitPerMinute: z.number().int().min(1).max(100_000_000).nullable().default(null),
});
export type CreateRoleInput = z.input<typeof createRoleSchema>;

export const updateRoleSchema = z.strictObject({
  description: z.string().trim().max(500).optional(),
  inherits: roleNameSchema.nullable().optional(),
  capabilities: z.array(z.enum(CAPABILITIES)).max(CAPABILITIES.length).optional(),
  toolGrants: z.array(toolGrantSchema).max(500).optional(),
  rateLimitPerMinute: z.number().int().min(1).max(100_000_000).nullable().optional(),
});
export type UpdateRoleInput = z.input<typeof updateRoleSchema>;
