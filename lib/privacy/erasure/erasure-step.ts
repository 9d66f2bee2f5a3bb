import type { ExecutionContext } from "@/lib/privacy/requests/execution-types";
import type { ErasureDeps } from "@/lib/privacy/erasure/erasure-deps";
import type { ErasureProgress } from "@/lib/privacy/erasure/erasure-progress";

/** What each step of an erasure gets: it updates progress in place and saves after each batch. */
export type StepContext = {
  request: ExecutionContext["request"];
  /** the person being erased ("ds_…") */
  subjectId: string;
  progress: ErasureProgress;
  deps: ErasureDeps;
  /** persists progress as it is now (and renews the lease) */
  save(): Promise<void>;
};

/** One named step: idempotent, so that a job resumed after a crash inside it may run it again. */
export type ErasureStep = (ctx: StepContext) => Promise<void>;
