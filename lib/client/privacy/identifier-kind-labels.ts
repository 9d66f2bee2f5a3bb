import type { IdentifierKind } from "@/lib/privacy/subjects/schemas";

/** How the console names each kind of identifier. */
export const IDENTIFIER_KIND_LABELS: Record<IdentifierKind, string> = {
  email: "Email",
  phone: "Phone",
  external_id: "External id",
};
