import "server-only";
import { AppError } from "@/lib/errors";
import { resolveSubject, subjectRefById, type SubjectSource } from "@/lib/privacy/subjects/resolve-subject";
import type { SubjectRef } from "@/lib/privacy/subjects/subject-ref-cache";
import type { SubjectLookup } from "@/lib/privacy/subjects/schemas";

/**
 * The subject a request names: a pseudonym must exist (404); an identifier finds its subject or
 * creates one, since consent may be recorded before Gatehouse ever saw the person.
 */
export async function subjectForLookup(lookup: SubjectLookup, source: SubjectSource): Promise<SubjectRef> {
  if ("id" in lookup) {
    const found = await subjectRefById(lookup.id);
    if (!found) throw new AppError("not_found", "No data subject with this id.");
    return found;
  }
  if ("email" in lookup) return resolveSubject({ kind: "email", value: lookup.email }, source);
  if ("phone" in lookup) return resolveSubject({ kind: "phone", value: lookup.phone }, source);
  return resolveSubject({ kind: "external_id", value: lookup.externalId }, source);
}
