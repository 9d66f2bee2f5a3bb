import "server-only";
import { maskEmail } from "@/lib/privacy/subject-hash";
import type { IdentifierKind } from "@/lib/privacy/subjects/schemas";

/** An identifier as people see it in lists: enough to tell two apart, not enough to contact anyone. */
export function maskIdentifier(kind: IdentifierKind, value: string): string {
  switch (kind) {
    case "email":
      return maskEmail(value);
    case "phone":
      return `***-***-${value.replace(/\D/g, "").slice(-4)}`;
    case "external_id":
      // A short id would be all but given away by its first two characters.
      return value.length > 4 ? `${value.slice(0, 2)}***` : "***";
  }
}
