import "server-only";
import type { ExecutionContext, ExecutionResult } from "@/lib/privacy/requests/execution-types";
import { DEFAULT_ERASURE_DEPS, type ErasureDeps } from "@/lib/privacy/erasure/erasure-deps";
import {
  ERASURE_STEPS,
  readErasureProgress,
  type ErasureProgress,
} from "@/lib/privacy/erasure/erasure-progress";
import { ERASURE_STEP_RUNNERS } from "@/lib/privacy/erasure/erasure-steps";
import {
  buildCertificateBody,
  signErasureCertificate,
} from "@/lib/privacy/erasure/build-erasure-certificate";

/** The saved form, with the step's place in the list for the console's progress bar. */
function toJson(progress: ErasureProgress): Record<string, unknown> {
  return { ...progress, stepIndex: ERASURE_STEPS.indexOf(progress.step), stepCount: ERASURE_STEPS.length };
}

/**
 * The erasure job (RequestExecutor for type "erasure"): runs the named steps in order, saving
 * progress after every step and batch, and skips the steps a crashed run already finished. Every
 * step is idempotent, so one interrupted half way simply runs again. Returns the counts as the
 * outcome and the signed certificate (JSON text). A request that named no one known completes
 * at once with zero counts.
 */
export async function executeErasure(
  ctx: ExecutionContext,
  deps: ErasureDeps = DEFAULT_ERASURE_DEPS,
): Promise<ExecutionResult> {
  const progress = readErasureProgress(ctx.progress);
  const subjectId = ctx.request.subjectId;
  if (subjectId === null) {
    const certificate = signErasureCertificate(await buildCertificateBody(ctx.request, progress.counts));
    return { outcome: { ...progress.counts }, certificate: JSON.stringify(certificate, null, 2) + "\n" };
  }
  const save = () => ctx.saveProgress(toJson(progress));
  if (ctx.progress === null) await save();
  for (const step of ERASURE_STEPS) {
    if (progress.completed.includes(step)) continue;
    if (progress.step !== step) {
      // Saved before the step's work, so that a failure inside it is reported as this step's.
      progress.step = step;
      delete progress.cursor;
      await save();
    }
    await ERASURE_STEP_RUNNERS[step]({ request: ctx.request, subjectId, progress, deps, save });
    progress.completed.push(step);
    delete progress.cursor;
    await save();
    await deps.afterStep?.(step);
  }
  return { outcome: { ...progress.counts }, certificate: progress.certificate };
}
