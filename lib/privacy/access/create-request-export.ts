import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditBy } from "@/lib/audit/audit-event-types";
import type { SubjectExportView } from "@/lib/privacy/requests/request-types";
import { createSubjectExport } from "@/lib/privacy/access/create-subject-export";
import type { SubjectExportFormat } from "@/lib/privacy/access/export-sections";
import { toSubjectExportView } from "@/lib/privacy/access/subject-export-view";

/**
 * Another export of a completed access request, in the format the person asked for (the job
 * itself writes JSON). Audited; the event names the subject by pseudonym, nothing personal.
 */
export async function createRequestExport(
  requestId: string,
  format: SubjectExportFormat,
  by: AuditBy,
): Promise<SubjectExportView> {
  const request = await db.privacyRequest.findUnique({
    where: { id: requestId },
    select: { type: true, state: true, subjectId: true },
  });
  if (!request) throw new AppError("not_found", "No privacy request with this id.");
  if (request.type !== "access")
    throw new AppError("conflict", "Only access requests have exports.", { type: request.type });
  if (request.state !== "completed")
    throw new AppError("conflict", "Exports are made for completed access requests; execute it first.", {
      state: request.state,
    });

  const { exportId } = await createSubjectExport({
    requestId,
    format,
    createdById: by.principal?.id ?? null,
  });
  await recordEvent({
    category: "privacy",
    action: "export_created",
    result: "success",
    actor: by.actor,
    target: exportId,
    subjectId: request.subjectId,
    details: { requestId, format },
    meta: by.meta,
  });
  return toSubjectExportView(await db.subjectExport.findUniqueOrThrow({ where: { id: exportId } }));
}
