import "server-only";
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { db, type Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { errorFields, log } from "@/lib/log";
import { processSingleton } from "@/lib/process-singleton";
import { REQUEST_EXECUTORS } from "@/lib/privacy/requests/request-executors";
import type { ExecutionContext, RequestExecutor } from "@/lib/privacy/requests/execution-types";
import { BY_SYSTEM, recordTransition } from "@/lib/privacy/requests/record-transition";
import type { RequestType } from "@/lib/privacy/requests/request-types";
import type { RequestRow } from "@/lib/privacy/requests/request-view";

// One process runs a request's job at a time, across replicas: it holds a lease on the row
// (leaseOwner, leaseUntil), renewed by a heartbeat and by every saved step. A process that dies
// leaves the lease to expire; the sweep (sweep-requests.ts) then resumes the job from its saved
// progress, in this process or another.

const OWNER = `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
const LEASE_MS = 60_000;
const HEARTBEAT_MS = 15_000;

type Executors = Partial<Record<RequestType, RequestExecutor>>;

const running = processSingleton("privacy.request-runs", () => new Map<string, Promise<void>>());

class LeaseLostError extends Error {
  constructor() {
    super("Another process took over this request's job.");
  }
}

const leaseUntil = () => new Date(Date.now() + LEASE_MS);
const held = (id: string) => ({ id, state: "executing", leaseOwner: OWNER });

async function claim(id: string): Promise<RequestRow | null> {
  const now = new Date();
  const { count } = await db.privacyRequest.updateMany({
    where: {
      id,
      state: "executing",
      OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }, { leaseOwner: OWNER }],
    },
    data: { leaseOwner: OWNER, leaseUntil: leaseUntil() },
  });
  return count === 1 ? db.privacyRequest.findUnique({ where: { id } }) : null;
}

function progressOf(value: unknown): Record<string, unknown> | null {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/** A failure people can read, without stack traces or SQL: the step, and our own message if it is one. */
function failureText(error: unknown, step: unknown): string {
  const where = typeof step === "string" ? `The ${step.replaceAll("_", " ")} step` : "The job";
  if (error instanceof AppError) return `${where} failed: ${error.message}`;
  return `${where} failed (${error instanceof Error ? error.name : "error"}); the server log has the details. Retry resumes from there.`;
}

async function runOnce(id: string, executors: Executors): Promise<void> {
  const request = await claim(id);
  if (!request) return;
  let progress = progressOf(request.progress);
  const renew = async () => {
    const { count } = await db.privacyRequest.updateMany({
      where: held(id),
      data: { leaseUntil: leaseUntil() },
    });
    if (count === 0) throw new LeaseLostError();
  };
  const heartbeat = setInterval(() => void renew().catch(() => undefined), HEARTBEAT_MS);
  heartbeat.unref();
  const ctx: ExecutionContext = {
    request: { ...request, type: request.type as RequestType },
    progress,
    async saveProgress(next) {
      const { count } = await db.privacyRequest.updateMany({
        where: held(id),
        data: { progress: next as Prisma.InputJsonValue, leaseUntil: leaseUntil() },
      });
      if (count === 0) throw new LeaseLostError();
      progress = next;
    },
  };
  const release = { leaseOwner: null, leaseUntil: null };
  try {
    const executor = executors[request.type as RequestType];
    if (!executor) throw new AppError("internal_error", `No job runs ${request.type} requests.`);
    const result = await executor(ctx);
    await recordTransition(
      request,
      {
        action: "complete",
        guard: { leaseOwner: OWNER },
        details: { outcome: result.outcome },
        data: {
          ...release,
          outcome: result.outcome as Prisma.InputJsonValue,
          certificate: result.certificate ?? null,
          completedAt: new Date(),
        },
      },
      BY_SYSTEM,
    );
  } catch (error) {
    if (error instanceof LeaseLostError)
      return log.warn("privacy request job lost its lease", { requestId: id });
    log.error("privacy request job failed", { requestId: id, step: progress?.step, ...errorFields(error) });
    const failure = failureText(error, progress?.step);
    await recordTransition(
      request,
      {
        action: "fail",
        guard: { leaseOwner: OWNER },
        details: { step: progress?.step ?? null },
        data: { ...release, failure },
      },
      BY_SYSTEM,
    ).catch((e: unknown) =>
      log.error("could not record a failed privacy request", { requestId: id, ...errorFields(e) }),
    );
  } finally {
    clearInterval(heartbeat);
  }
}

/**
 * Runs (or resumes) the job of a request in state executing, unless another process holds its
 * lease. One run per request per process; the promise settles when the run ends.
 */
export function runRequest(id: string, executors: Executors = REQUEST_EXECUTORS): Promise<void> {
  const existing = running.get(id);
  if (existing) return existing;
  const run = runOnce(id, executors)
    .catch((error: unknown) =>
      log.error("privacy request job could not start", { requestId: id, ...errorFields(error) }),
    )
    .finally(() => running.delete(id));
  running.set(id, run);
  return run;
}

/** Settles when this process's run of the request (if any) ends. */
export function whenRunSettles(id: string): Promise<void> {
  return running.get(id) ?? Promise.resolve();
}
