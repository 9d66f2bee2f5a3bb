import "server-only";
import { decryptPersonal, ERASED, keyIdOf } from "@/lib/privacy/personal-cipher";
import { subjectKeysById } from "@/lib/privacy/subject-keys";
import { maskIdentifier } from "@/lib/privacy/subjects/mask-identifier";
import { IDENTIFIER_KINDS, type IdentifierKind } from "@/lib/privacy/subjects/schemas";
import type { SubjectView } from "@/lib/privacy/subjects/subject-view-type";

/** The columns toSubjectViews needs. */
export const SUBJECT_VIEW_SELECT = {
  id: true,
  source: true,
  createdAt: true,
  identifiers: { select: { kind: true, ciphertext: true, createdAt: true } },
} as const;

export type SubjectViewRow = {
  id: string;
  source: string;
  createdAt: Date;
  identifiers: { kind: string; ciphertext: string; createdAt: Date }[];
};

function isIdentifierKind(kind: string): kind is IdentifierKind {
  return (IDENTIFIER_KINDS as readonly string[]).includes(kind);
}

function isSource(source: string): source is SubjectView["source"] {
  return ["console", "gateway", "api", "import"].includes(source);
}

/** Subjects as the API shows them: identifiers decrypted (keys fetched in one query) and masked. */
export async function toSubjectViews(rows: SubjectViewRow[]): Promise<SubjectView[]> {
  const keys = await subjectKeysById(rows.flatMap((r) => r.identifiers.map((i) => keyIdOf(i.ciphertext))));
  const order = (kind: IdentifierKind) => IDENTIFIER_KINDS.indexOf(kind);
  return rows.map((row) => ({
    id: row.id,
    source: isSource(row.source) ? row.source : "api",
    createdAt: row.createdAt.toISOString(),
    identifiers: row.identifiers
      .flatMap(({ kind, ciphertext, createdAt }) => {
        if (!isIdentifierKind(kind)) return [];
        const value = decryptPersonal(ciphertext, keys.get(keyIdOf(ciphertext)) ?? null);
        const masked = value === ERASED ? ERASED : maskIdentifier(kind, String(value));
        return [{ kind, masked, createdAt: createdAt.toISOString() }];
      })
      .sort((a, b) => order(a.kind) - order(b.kind)),
  }));
}
