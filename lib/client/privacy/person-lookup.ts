// How a form names the person a consent is about: a kind (an identifier or the pseudonym) and the
// text typed, turned into the API's SubjectLookup and checked with its schema.
import { subjectLookupSchema, type SubjectLookup } from "@/lib/privacy/subjects/schemas";

export const PERSON_LOOKUP_KINDS = ["email", "phone", "external_id", "id"] as const;
export type PersonLookupKind = (typeof PERSON_LOOKUP_KINDS)[number];

export function isPersonLookupKind(value: string): value is PersonLookupKind {
  return (PERSON_LOOKUP_KINDS as readonly string[]).includes(value);
}

export const PERSON_LOOKUP_LABELS: Record<PersonLookupKind, string> = {
  email: "Email",
  phone: "Phone",
  external_id: "External id",
  id: "Pseudonym",
};

const LOOKUP_FIELD: Record<PersonLookupKind, "email" | "phone" | "externalId" | "id"> = {
  email: "email",
  phone: "phone",
  external_id: "externalId",
  id: "id",
};

export type PersonLookupCheck = { ok: true; lookup: SubjectLookup } | { ok: false; message: string };

/**
 * The lookup for a kind and text, checked against that kind's branch of the schema (the union as
 * a whole only says "Invalid input", which does not help anyone fix a typo).
 */
export function checkPersonLookup(kind: PersonLookupKind, text: string): PersonLookupCheck {
  const value = text.trim();
  if (!value) return { ok: false, message: `Enter the person's ${PERSON_LOOKUP_LABELS[kind].toLowerCase()}` };
  const field = LOOKUP_FIELD[kind];
  const branch = subjectLookupSchema.options.find((option) => field in option.shape);
  const parsed = (branch ?? subjectLookupSchema).safeParse({ [field]: value });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Not valid" };
  return { ok: true, lookup: parsed.data };
}
