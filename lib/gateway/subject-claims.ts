// Who a gateway call is about, as the caller names them: the X-Gatehouse-Subject header, the
// request's _meta["gatehouse/subject"], or the values of the arguments the tool declares as
// identifying. Pure: the gateway resolves the claim to a pseudonymous subject afterwards.
import isEmail from "validator/lib/isEmail";
import { parsePhoneNumberFromString } from "libphonenumber-js";
import type { IdentifierKind } from "@/lib/privacy/subjects/schemas";

export type SubjectClaim = { kind: IdentifierKind; value: string };

export const SUBJECT_HEADER = "x-gatehouse-subject";
export const SUBJECT_META_KEY = "gatehouse/subject";

// Identifiers are short; anything longer is not one and is not hashed or stored.
const MAX_IDENTIFIER_LENGTH = 254;
const PHONE_REGION = "US";

function bounded(value: string): string | null {
  const trimmed = value.trim();
  return trimmed && trimmed.length <= MAX_IDENTIFIER_LENGTH ? trimmed : null;
}

/** A header or a _meta string: an email when it has "@", else the calling platform's external id. */
export function claimFromText(text: string | null | undefined): SubjectClaim | null {
  if (typeof text !== "string") return null;
  const value = bounded(text);
  if (!value) return null;
  if (value.includes("@")) return isEmail(value) ? { kind: "email", value } : null;
  return { kind: "external_id", value };
}

/** _meta["gatehouse/subject"]: a string, or one of {email} | {phone} | {externalId}. */
export function claimFromMeta(meta: unknown): SubjectClaim | null {
  if (typeof meta !== "object" || meta === null) return null;
  const claim = (meta as Record<string, unknown>)[SUBJECT_META_KEY];
  if (typeof claim === "string") return claimFromText(claim);
  if (typeof claim !== "object" || claim === null || Array.isArray(claim)) return null;
  const { email, phone, externalId } = claim as Record<string, unknown>;
  if (typeof email === "string") {
    const value = bounded(email);
    return value && isEmail(value) ? { kind: "email", value } : null;
  }
  if (typeof phone === "string") {
    const value = bounded(phone);
    return value && isPhone(value) ? { kind: "phone", value } : null;
  }
  if (typeof externalId === "string" || typeof externalId === "number") {
    const value = bounded(String(externalId));
    return value ? { kind: "external_id", value } : null;
  }
  return null;
}

function isPhone(value: string): boolean {
  return parsePhoneNumberFromString(value, PHONE_REGION)?.isValid() ?? false;
}

function valueAt(args: unknown, path: readonly string[]): unknown {
  let current = args;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/**
 * The first declared identifying argument that holds a value, its kind told by its shape:
 * an email if it is a valid address, a phone if a valid number, else an external id.
 */
export function claimFromArguments(
  args: unknown,
  paths: readonly (readonly string[])[],
): SubjectClaim | null {
  for (const path of paths) {
    const raw = valueAt(args, path);
    if (typeof raw !== "string" && typeof raw !== "number") continue;
    const value = bounded(String(raw));
    if (!value) continue;
    if (isEmail(value)) return { kind: "email", value };
    if (/^[+\d(][\d\s().-]{4,}$/.test(value) && isPhone(value)) return { kind: "phone", value };
    return { kind: "external_id", value };
  }
  return null;
}

/** The request's params without _meta["gatehouse/subject"]: whom a call is about is not the upstream's business. */
export function withoutSubjectMeta<T extends { _meta?: Record<string, unknown> }>(params: T): T {
  if (!params._meta || !(SUBJECT_META_KEY in params._meta)) return params;
  const { [SUBJECT_META_KEY]: _claim, ...meta } = params._meta;
  return { ...params, _meta: meta };
}
