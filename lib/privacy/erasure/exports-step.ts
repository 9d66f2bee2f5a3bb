import "server-only";
import type { ErasureStep } from "@/lib/privacy/erasure/erasure-step";

/** "exports": the person's access exports (files and rows) go; they are copies of what is erased. */
export const exportsStep: ErasureStep = async ({ subjectId, progress, deps }) => {
  const { deleted } = await deps.deleteSubjectExports(subjectId);
  progress.counts.exportsDeleted += deleted;
};
