// The contract between the request runner and the executors of each request type.
import type { RequestType } from "@/lib/privacy/requests/request-types";

export type ExecutionContext = {
  request: {
    id: string;
    type: RequestType;
    subjectId: string | null;
    receivedById: string | null;
    verifiedById: string | null;
    approvedById: string | null;
    executedById: string | null;
    receivedAt: Date;
    verifiedAt: Date | null;
    approvedAt: Date | null;
    executionStartedAt: Date | null;
  };
  /** Progress saved by an earlier run that did not finish (a crash, a failure), or null. */
  progress: Record<string, unknown> | null;
  /** Persists progress (JSON, nothing personal); throws once this run has lost its lease. */
  saveProgress(progress: Record<string, unknown>): Promise<void>;
};

/** What a finished job leaves on the request: the answer's counts, and for erasure the certificate. */
export type ExecutionResult = { outcome: Record<string, unknown>; certificate?: string };

export type RequestExecutor = (ctx: ExecutionContext) => Promise<ExecutionResult>;
