// Input shapes for data subjects: how a person is named to the API and the console.
import { z } from "zod";

export const IDENTIFIER_KINDS = ["email", "phone", "external_id"] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

export const subjectIdSchema = z.string().regex(/^ds_[A-Za-z0-9_-]{8,40}$/, "Not a data subject id");
export const externalIdSchema = z.string().trim().min(1).max(200);

/** One of: the pseudonym, or an identifier of a kind. */
export const subjectLookupSchema = z.union([
  z.strictObject({ id: subjectIdSchema }),
  z.strictObject({ email: z.email("Enter a valid email address").max(254) }),
  z.strictObject({ phone: z.string().trim().min(5).max(40) }),
  z.strictObject({ externalId: externalIdSchema }),
]);
export type SubjectLookup = z.input<typeof subjectLookupSchema>;

/** GET /api/v1/privacy/subjects: exact search by one identifier (no partial matching: only hashes are stored). */
export const searchSubjectsQuerySchema = z.strictObject({
  email: z.string().max(254).optional(),
  phone: z.string().max(40).optional(),
  externalId: z.string().max(200).optional(),
  cursor: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** POST /api/v1/privacy/subjects: register a person (or find them) by up to one of each identifier. */
export const registerSubjectSchema = z
  .strictObject({
    email: z.email("Enter a valid email address").max(254).optional(),
    phone: z.string().trim().min(5).max(40).optional(),
    externalId: externalIdSchema.optional(),
  })
  .refine((v) => v.email || v.phone || v.externalId, "Give an email, a phone number or an external id");
export type RegisterSubjectInput = z.input<typeof registerSubjectSchema>;
