// Input shapes for custom detectors and masking policies.
import { z } from "zod";
import { roleNameSchema } from "@/lib/users/schemas";

const detectorFields = {
  name: z.string().trim().min(1, "Give the detector a name").max(80),
  pattern: z.string().min(1, "Enter a regular expression").max(500),
  flags: z
    .string()
    .regex(/^[imsu]*$/, "Flags may be i, m, s and u")
    .max(4),
  sample: z.string().min(1, "Enter a sample the pattern must match").max(1000),
  isEnabled: z.boolean(),
};

export const createDetectorSchema = z.strictObject({
  ...detectorFields,
  flags: detectorFields.flags.default(""),
  isEnabled: detectorFields.isEnabled.default(true),
});
export type CreateDetectorInput = z.input<typeof createDetectorSchema>;
// No defaults here: a PATCH changes only the fields it sends.
export const updateDetectorSchema = z.strictObject(detectorFields).partial();

export const POLICY_STRATEGIES = ["full", "partial", "hash", "tokenize", "redact", "none"] as const;
export type PolicyStrategy = (typeof POLICY_STRATEGIES)[number];
export const POLICY_TARGETS = ["results", "audit", "both"] as const;

const maskingPolicyFields = {
  name: z.string().trim().min(1, "Give the policy a name").max(80),
  /** "<server>/<tool>" with * wildcards, as in tool grants */
  toolPattern: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_*.\-/:]{1,200}$/, "Use <server>/<tool>, with * as a wildcard"),
  roleName: roleNameSchema.nullable(),
  /** detector ids (built-in kinds or custom detector ids); empty: every detector */
  detectors: z.array(z.string().min(1).max(64)).max(50),
  strategy: z.enum(POLICY_STRATEGIES),
  appliesTo: z.enum(POLICY_TARGETS),
  isEnabled: z.boolean(),
};

export const createMaskingPolicySchema = z.strictObject({
  ...maskingPolicyFields,
  toolPattern: maskingPolicyFields.toolPattern.default("*"),
  roleName: maskingPolicyFields.roleName.default(null),
  detectors: maskingPolicyFields.detectors.default([]),
  appliesTo: maskingPolicyFields.appliesTo.default("both"),
  isEnabled: maskingPolicyFields.isEnabled.default(true),
});
export type CreateMaskingPolicyInput = z.input<typeof createMaskingPolicySchema>;
// No defaults here: a PATCH changes only the fields it sends.
export const updateMaskingPolicySchema = z.strictObject(maskingPolicyFields).partial();

/** POST /api/v1/privacy/detect: sample text to test detection and masking on. */
export const detectSampleSchema = z.strictObject({ text: z.string().max(100_000) });

/** POST /api/v1/audit/events/:id/reveal and /api/v1/privacy/tokens/reveal */
export const revealReasonSchema = z.strictObject({
  reason: z.string().trim().min(10, "Say why, in at least 10 characters").max(500),
});
/** A tokenized value as masking-context.ts writes it: `<EMAIL_7f3a9c01b2e4>`. */
export const TOKEN_PATTERN = "<[A-Z_]{2,20}_[0-9a-f]{6,16}>";

export const revealTokenSchema = revealReasonSchema.extend({
  token: z.string().regex(new RegExp(`^${TOKEN_PATTERN}$`), "Not a token"),
});
