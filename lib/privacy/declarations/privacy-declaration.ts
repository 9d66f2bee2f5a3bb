// What a tool (or, as a default, a server's tools, prompts and resources) declares it does with
// personal data. Shared by the REST handlers, the console's editor and the gateway's catalog.
import { z } from "zod";
import { purposeKeySchema } from "@/lib/privacy/consent/schemas";

export const DATA_CATEGORIES = [
  "contact",
  "identifiers",
  "financial",
  "health",
  "location",
  "other",
] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

/** A path into the arguments: "email", "customer.phone", "recipients.0" (dots between keys). */
export const argumentPathSchema = z
  .string()
  .trim()
  .regex(
    /^[A-Za-z0-9_$-]{1,64}(\.[A-Za-z0-9_$-]{1,64}){0,7}$/,
    "Name an argument, with dots for nested fields (e.g. customer.email)",
  );

export const privacyDeclarationSchema = z.strictObject({
  /** purposes the tool processes personal data for; each with legal basis "consent" needs the subject's consent */
  purposes: z.array(purposeKeySchema).max(20).default([]),
  categories: z.array(z.enum(DATA_CATEGORIES)).max(DATA_CATEGORIES.length).default([]),
  /** arguments whose values identify the person the call is about (email, phone or external id) */
  identifyingArguments: z.array(argumentPathSchema).max(20).default([]),
  /** refuse calls that name no subject */
  requiresSubject: z.boolean().default(false),
});
export type PrivacyDeclaration = z.output<typeof privacyDeclarationSchema>;
export type PrivacyDeclarationInput = z.input<typeof privacyDeclarationSchema>;

/** PUT body: a declaration, or null to fall back to the server's default (or, for a server, to none). */
export const putPrivacyDeclarationSchema = z.strictObject({
  declaration: privacyDeclarationSchema.nullable(),
});

/** A declaration that says nothing personal is processed. */
export function isEmptyDeclaration(d: PrivacyDeclaration | null): boolean {
  return (
    !d ||
    (d.purposes.length === 0 &&
      d.categories.length === 0 &&
      d.identifyingArguments.length === 0 &&
      !d.requiresSubject)
  );
}

/** Reads a stored Json column; anything malformed counts as no declaration. */
export function parseStoredDeclaration(value: unknown): PrivacyDeclaration | null {
  if (value === null || value === undefined) return null;
  const parsed = privacyDeclarationSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
