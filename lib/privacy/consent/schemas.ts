// Input shapes for purposes and consent records, shared by REST, the console and the CSV import.
import { z } from "zod";
import { subjectLookupSchema } from "@/lib/privacy/subjects/schemas";

export const LEGAL_BASES = [
  "consent",
  "contract",
  "legal_obligation",
  "vital_interests",
  "public_task",
  "legitimate_interests",
] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const BUILT_IN_PURPOSE_KEYS = [
  "essential",
  "analytics",
  "marketing",
  "third_party",
  "pii_access",
] as const;

export const purposeKeySchema = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{1,47}$/, "Purpose keys are 2-48 characters: lowercase letters, digits and _");

export const createPurposeSchema = z.strictObject({
  key: purposeKeySchema,
  name: z.string().trim().min(1, "Give the purpose a name").max(120),
  description: z.string().trim().max(1000).default(""),
  legalBasis: z.enum(LEGAL_BASES),
});
export type CreatePurposeInput = z.input<typeof createPurposeSchema>;

export const updatePurposeSchema = createPurposeSchema.omit({ key: true }).partial();
export type UpdatePurposeInput = z.input<typeof updatePurposeSchema>;

export const CONSENT_DECISIONS = ["granted", "withdrawn"] as const;
export type ConsentDecision = (typeof CONSENT_DECISIONS)[number];
export const CONSENT_SOURCES = ["console", "api", "import"] as const;
export type ConsentSource = (typeof CONSENT_SOURCES)[number];

export const noticeVersionSchema = z.string().trim().min(1).max(64);

/** POST /api/v1/consents: the person by pseudonym or by one identifier. */
export const recordConsentSchema = z.strictObject({
  subject: subjectLookupSchema,
  purpose: purposeKeySchema,
  decision: z.enum(CONSENT_DECISIONS),
  noticeVersion: noticeVersionSchema.optional(),
  /** the console sends "console"; API callers get "api" */
  source: z.enum(["console", "api"]).optional(),
});
export type RecordConsentInput = z.input<typeof recordConsentSchema>;

export const listConsentsQuerySchema = z.strictObject({
  subjectId: z.string().max(64).optional(),
  purpose: purposeKeySchema.optional(),
  decision: z.enum(CONSENT_DECISIONS).optional(),
  /** only each subject's latest record per purpose (the ones in force) */
  current: z.enum(["true", "false"]).optional(),
  cursor: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** POST /api/v1/consents/import: without dryRun=false nothing is written, so a mistaken call is harmless. */
export const importConsentsQuerySchema = z.strictObject({
  dryRun: z.enum(["true", "false"]).default("true"),
});

/** The most rows one CSV import takes. */
export const MAX_IMPORT_ROWS = 10_000;
