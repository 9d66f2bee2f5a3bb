import type { StoredAuditEvent } from "@/lib/audit/event-view";
import type { ExportRow } from "@/lib/privacy/access/export-sections";

/** What stands in for another person's data in someone's access export. */
export const WITHHELD = "[another person]";

/**
 * An event record as the subject may see it. An event can name two people: the actor (a user
 * acting on them, or them acting on someone) and the subject. The other person's identity, their
 * address and browser (ip and user agent are the acting person's), and, when the event is about
 * someone else, that person's details and the call's arguments are withheld (Art. 15(4)).
 */
export function withholdOtherPeople(
  record: ExportRow,
  row: Pick<StoredAuditEvent, "actorType" | "actorSubjectId" | "subjectId">,
  subjectId: string,
): ExportRow {
  const actorIsOther = row.actorType === "user" && row.actorSubjectId !== subjectId;
  const subjectIsOther = row.subjectId !== null && row.subjectId !== subjectId;
  if (!actorIsOther && !subjectIsOther) return record;
  return {
    ...record,
    ...(actorIsOther
      ? {
          actorId: WITHHELD,
          actorLabel: WITHHELD,
          actorSubjectId: WITHHELD,
          ip: WITHHELD,
          userAgent: WITHHELD,
        }
      : {}),
    ...(subjectIsOther ? { subjectId: WITHHELD, subject: WITHHELD, payload: WITHHELD } : {}),
  };
}
