// Input shapes for custom detectors and masking policies.
import { z } from "zod";
import { roleNameSchema } from "@/lib/users/schemas";

export const createDetectorSchema = z.strictObject({
  name: z.string().trim().min(1, "Give the detector a name").max(80),
  pattern: z.string().min(1, "Enter a regular expression").max(500),
  flags: z
    .string()
    .regex(/^[imsu]*$/, "Flags may be i, m, s and u")
    .max(4)
    .default(""),
  sample: z.string().min(1, "Enter a sample the pattern must match").max(1000),
  isEnabled: z.boolean().default(true),
});
export type CreateDetectorInput = z.input<typeof createDetectorSchema>;
export const updateDetectorSchema = createDetectorSchema.partial();

export const POLICY_STRATEGIES = ["full", "partial", "hash", "tokenize", "redact", "none"] as const;
export type PolicyStrategy = (typeof POLICY_STRATEGIES)[number];
export const POLICY_TARGETS = ["results", "audit", "both"] as const;

export const createMaskingPolicySchema = z.strictObject({
  name: z.string().trim().min(1, "Give the policy a name").max(80),
  /** "<server>/<tool>" with * wildcards, as in tool grants */
  toolPattern: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_*.\-/]{1,200}$/, "Use <server>/<tool>, with * as a wildcard")
    .default("*"),
  roleName: roleNameSchema.nullable().default(null),
  /** detector ids (built-in kinds or custom detector ids); empty: every detector */
  detectors: z.array(z.string().min(1).max(64)).max(50).default([]),
  strategy: z.enum(POLICY_STRATEGIES),
  appliesTo: z.enum(POLICY_TARGETS).default("both"),
  isEnabled: z.boolean().default(true),
});
export type CreateMaskingPolicyInput = z.input<typeof createMaskingPolicySchema>;
export const updateMaskingPolicySchema = createMaskingPolicySchema.partial();

/** POST /api/v1/privacy/detect: sample text to test detection and masking on. */
export const detectSampleSchema = z.strictObject({ text: z.string().max(100_000) });

/** POST /api/v1/audit/events/:id/reveal and /api/v1/privacy/tokens/reveal */
export const revealReasonSchema = z.strictObject({
  reason: z.string().trim().min(10, "Say why, in at least 10 characters").max(500),
});
export const revealTokenSchema = revealReasonSchema.extend({
  token: z.string().regex(/^<[A-Z_]{2,20}_[0-9a-f]{6,16}>$/, "Not a token"),
});
