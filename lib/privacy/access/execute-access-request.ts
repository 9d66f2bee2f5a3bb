import "server-only";
import type { ExecutionContext, ExecutionResult } from "@/lib/privacy/requests/execution-types";
import { createSubjectExport } from "@/lib/privacy/access/create-subject-export";
import { deleteSubjectExport } from "@/lib/privacy/access/delete-subject-exports";

/**
 * The access request's job (a RequestExecutor): one JSON export of everything held about the
 * subject. One step; a run that died mid-export left a partial file, which a resumed run deletes
 * before it starts again (its id is in the saved progress).
 */
export async function executeAccessRequest(ctx: ExecutionContext): Promise<ExecutionResult> {
  const abandoned = ctx.progress?.exportId;
  if (typeof abandoned === "string") await deleteSubjectExport(abandoned);
  const { exportId, counts } = await createSubjectExport({
    requestId: ctx.request.id,
    format: "json",
    createdById: ctx.request.executedById,
    onStarted: (id) => ctx.saveProgress({ step: "export", stepIndex: 0, stepCount: 1, exportId: id }),
  });
  return { outcome: { found: ctx.request.subjectId !== null, exportId, counts } };
}
