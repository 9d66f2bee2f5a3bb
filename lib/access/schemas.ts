import { z } from "zod";
import { CAPABILITIES } from "@/lib/rbac/capabilities";
import { updateRoleSchema } from "@/lib/roles/schemas";

export const principalRefSchema = z.strictObject({
  type: z.enum(["user", "api_key"]),
  id: z.string().min(1).max(64),
});

export const explainSchema = z.strictObject({
  principal: principalRefSchema,
  action: z.union([
    z.strictObject({ capability: z.enum(CAPABILITIES) }),
    z.strictObject({
      tool: z
        .string()
        .min(3)
        .max(300)
        .regex(/^[^/]+\/.+$/, "Use <server>/<tool>"),
    }),
  ]),
});

export const previewRoleChangeSchema = updateRoleSchema;
