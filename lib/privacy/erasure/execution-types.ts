// TEMPORARY copy of the executor contract (BRIEF.md, "Execution") until
// lib/privacy/requests/execution-types.ts is on main: the lead points the erasure at that file at
// merge (the shapes are identical) and deletes this one.

export type ExecutionContext = {
  request: {
    id: string;
    type: "access" | "erasure";
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
  /** progress saved by an earlier (crashed) run, or null */
  progress: Record<string, unknown> | null;
  /** persists progress (JSON) and renews the lease; call after every step/batch */
  saveProgress(progress: Record<string, unknown>): Promise<void>;
};

export type ExecutionResult = { outcome: Record<string, unknown>; certificate?: string };

export type RequestExecutor = (ctx: ExecutionContext) => Promise<ExecutionResult>;
