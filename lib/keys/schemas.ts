import { z } from "zod";
import { rateLimitPerMinuteSchema } from "@/lib/roles/schemas";
import { roleNameSchema } from "@/lib/users/schemas";

export const createApiKeySchema = z.strictObject({
  name: z.string().trim().min(1, "Give the key a name").max(80),
  roles: z.array(roleNameSchema).min(1, "Give the key at least one role").max(20),
  expiresAt: z.iso
    .datetime({ offset: true, message: "Use an ISO date-time, e.g. 2027-01-31T00:00:00Z" })
    .optional()
    .refine((v) => !v || new Date(v) > new Date(), "The expiry must be in the future"),
  rateLimitPerMinute: rateLimitPerMinuteSchema.optional(),
});
export type CreateApiKeyInput = z.input<typeof createApiKeySchema>;

export const updateApiKeySchema = z.strictObject({
  name: z.string().trim().min(1, "Give the key a name").max(80).optional(),
  /** null returns the key to its roles' (or the default) limit */
  rateLimitPerMinute: rateLimitPerMinuteSchema.nullable().optional(),
});
export type UpdateApiKeyInput = z.input<typeof updateApiKeySchema>;
