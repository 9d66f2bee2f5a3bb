import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { identifierHash, normalizeIdentifier } from "@/lib/privacy/subjects/identifier-hash";
import type { IdentifierKind, searchSubjectsQuerySchema } from "@/lib/privacy/subjects/schemas";
import { SUBJECT_VIEW_SELECT, toSubjectViews } from "@/lib/privacy/subjects/subject-view";
import type { SubjectView } from "@/lib/privacy/subjects/subject-view-type";

export type SearchSubjectsQuery = z.output<typeof searchSubjectsQuerySchema>;
export type SubjectPage = { subjects: SubjectView[]; nextCursor: string | null };

function searchedIdentifier(query: SearchSubjectsQuery): { kind: IdentifierKind; value: string } | null {
  const given = (
    [
      ["email", query.email],
      ["phone", query.phone],
      ["external_id", query.externalId],
    ] as const
  ).flatMap(([kind, value]) => (value?.trim() ? [{ kind, value }] : []));
  if (given.length > 1) throw new AppError("invalid_input", "Search by one identifier at a time.");
  return given[0] ?? null;
}

/**
 * Exact search by one identifier (only keyed hashes are stored, so there is no partial match), or
 * every subject newest first, `limit` at a time; nextCursor is the last subject's id.
 */
export async function listSubjects(query: SearchSubjectsQuery): Promise<SubjectPage> {
  const identifier = searchedIdentifier(query);
  if (identifier) {
    // A value that is not an identifier of its kind (a malformed phone) names nobody.
    if (normalizeIdentifier(identifier.kind, identifier.value) === null)
      return { subjects: [], nextCursor: null };
    const row = await db.subjectIdentifier.findUnique({
      where: {
        kind_hash: { kind: identifier.kind, hash: identifierHash(identifier.kind, identifier.value) },
      },
      select: { subject: { select: SUBJECT_VIEW_SELECT } },
    });
    return { subjects: row ? await toSubjectViews([row.subject]) : [], nextCursor: null };
  }

  const rows = await db.dataSubject.findMany({
    select: SUBJECT_VIEW_SELECT,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, query.limit);
  return {
    subjects: await toSubjectViews(page),
    nextCursor: rows.length > query.limit ? page[page.length - 1].id : null,
  };
}
