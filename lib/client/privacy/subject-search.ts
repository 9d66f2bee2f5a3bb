// The Data subjects search: one identifier of one kind, matched exactly. The server stores only
// keyed hashes of identifiers, so it can compare a whole value but never a part of one.
import type { IdentifierKind } from "@/lib/privacy/subjects/schemas";

export type SubjectSearch = { kind: IdentifierKind; value: string };

/** The query parameter of GET /api/v1/privacy/subjects for each kind. */
const SEARCH_PARAM: Record<IdentifierKind, "email" | "phone" | "externalId"> = {
  email: "email",
  phone: "phone",
  external_id: "externalId",
};

/** The search for what the person typed; null when there is nothing to search for. */
export function toSubjectSearch(kind: IdentifierKind, text: string): SubjectSearch | null {
  const value = text.trim();
  return value ? { kind, value } : null;
}

/** The query string (without "?") for a search. */
export function subjectSearchQuery(search: SubjectSearch): string {
  return new URLSearchParams({ [SEARCH_PARAM[search.kind]]: search.value }).toString();
}
