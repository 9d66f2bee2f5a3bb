import "server-only";
import { parsePhoneNumberFromString } from "libphonenumber-js";
import { AppError } from "@/lib/errors";
import { keyedIndexHash, normalizeEmail, subjectHashOf } from "@/lib/privacy/subject-hash";
import type { IdentifierKind } from "@/lib/privacy/subjects/schemas";

// Identifiers are stored only as keyed hashes (plus ciphertext), so a person is found again only
// if the same value always normalizes to the same text: "+1 (202) 555-0123" and "202-555-0123"
// are one phone, " Jane@Example.com" and "jane@example.com" one email.

const DEFAULT_PHONE_REGION = "US";

/** The canonical form of an identifier, or null when it is not one (an invalid phone, a blank value). */
export function normalizeIdentifier(kind: IdentifierKind, value: string): string | null {
  switch (kind) {
    case "email": {
      const email = normalizeEmail(value);
      return email.includes("@") ? email : null;
    }
    case "phone": {
      const phone = parsePhoneNumberFromString(value.trim(), DEFAULT_PHONE_REGION);
      return phone?.isValid() ? phone.number : null;
    }
    case "external_id": {
      const id = value.trim();
      return id ? id : null;
    }
  }
}

/** The normalized identifier, or 400 naming the kind (never the value). */
export function normalizeIdentifierOrThrow(kind: IdentifierKind, value: string): string {
  const normalized = normalizeIdentifier(kind, value);
  if (normalized === null) throw new AppError("invalid_input", `Not a valid ${IDENTIFIER_NOUNS[kind]}.`);
  return normalized;
}

const IDENTIFIER_NOUNS: Record<IdentifierKind, string> = {
  email: "email address",
  phone: "phone number",
  external_id: "external id",
};

/**
 * The keyed hash SubjectIdentifier.hash holds. For email exactly subjectHashOf, so that a subject
 * and the audit trail's actorHash/subjectHash name the same person with the same hash. Throws
 * invalid_input for a value normalizeIdentifier rejects.
 */
export function identifierHash(kind: IdentifierKind, value: string): string {
  const normalized = normalizeIdentifierOrThrow(kind, value);
  return kind === "email" ? subjectHashOf(normalized) : keyedIndexHash(`${kind}:${normalized}`);
}
