// Shared by the erasure tests (erasure-*.test.ts): an erasure request row as the workflow leaves it
// once approved, and the execution context the request runner hands the executor, with progress
// written to PrivacyRequest.progress as the runner does.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { ExecutionContext, ExecutionResult } from "@/lib/privacy/requests/execution-types";

export type RequestPeople = {
  receivedById?: string | null;
  verifiedById?: string | null;
  approvedById?: string | null;
  executedById?: string | null;
};

export function newRequestId(): string {
  return `dsr_${randomBytes(12).toString("base64url")}`;
}

/** An approved erasure request for the subject (null: nobody was found), now executing. */
export async function createExecutingErasure(subjectId: string | null, people: RequestPeople = {}) {
  const day = 24 * 3600 * 1000;
  const receivedAt = new Date(Date.now() - 3 * day);
  return db.privacyRequest.create({
    data: {
      id: newRequestId(),
      type: "erasure",
      state: "executing",
      subjectId,
      identifierKind: "email",
      identifierHint: "e***@example.test",
      receivedAt,
      receivedById: people.receivedById ?? null,
      initialDueAt: new Date(receivedAt.getTime() + 30 * day),
      dueAt: new Date(receivedAt.getTime() + 30 * day),
      verificationMethod: "email_reply",
      verificationReference: "pd1.sk_test.reference-under-the-subject-key",
      verifiedAt: new Date(receivedAt.getTime() + day),
      verifiedById: people.verifiedById ?? null,
      approvedAt: new Date(receivedAt.getTime() + 2 * day),
      approvedById: people.approvedById ?? null,
      executedById: people.executedById ?? null,
      executionStartedAt: new Date(),
    },
  });
}

/** The runner's context for a stored request: its saved progress, and saveProgress writing it back. */
export async function executionContextFor(requestId: string): Promise<ExecutionContext> {
  const row = await db.privacyRequest.findUniqueOrThrow({ where: { id: requestId } });
  const progress = row.progress;
  return {
    request: {
      id: row.id,
      type: row.type === "access" ? "access" : "erasure",
      subjectId: row.subjectId,
      receivedById: row.receivedById,
      verifiedById: row.verifiedById,
      approvedById: row.approvedById,
      executedById: row.executedById,
      receivedAt: row.receivedAt,
      verifiedAt: row.verifiedAt,
      approvedAt: row.approvedAt,
      executionStartedAt: row.executionStartedAt,
    },
    progress:
      progress !== null && typeof progress === "object" && !Array.isArray(progress) ? { ...progress } : null,
    saveProgress: async (next) => {
      await db.privacyRequest.update({
        where: { id: requestId },
        data: { progress: JSON.parse(JSON.stringify(next)) },
      });
    },
  };
}

/** What the runner does with a finished job: outcome and certificate stored, state completed. */
export async function completeRequest(requestId: string, result: ExecutionResult): Promise<void> {
  await db.privacyRequest.update({
    where: { id: requestId },
    data: {
      state: "completed",
      completedAt: new Date(),
      outcome: JSON.parse(JSON.stringify(result.outcome)),
      certificate: result.certificate ?? null,
    },
  });
}
