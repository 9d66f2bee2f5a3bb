// An erasure survives a crash: a job that fails after a step, one interrupted after a step's work
// but before its progress was saved, and a process killed (SIGKILL) half way through a batched step
// all finish when run again with the saved progress. No finished step runs again, a step that does
// run twice does no harm (one audit event per account and key), and the counts are right.
import { spawn } from "node:child_process";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { recordEvent } from "@/lib/audit/record-event";
import { authenticateApiKey } from "@/lib/auth/authenticate-api-key";
import { startUserSession } from "@/lib/auth/start-user-session";
import { createUser } from "@/lib/users/create-user";
import { createApiKey } from "@/lib/keys/create-api-key";
import { registerSubject } from "@/lib/privacy/subjects/register-subject";
import { findSubject } from "@/lib/privacy/subjects/resolve-subject";
import { createMaskingContext } from "@/lib/privacy/policies/masking-context";
import { flushTokenVault } from "@/lib/privacy/policies/token-vault";
import { executeErasure } from "@/lib/privacy/erasure/execute-erasure";
import { runRequest } from "@/lib/privacy/requests/run-request";
import { DEFAULT_ERASURE_DEPS, type ErasureDeps } from "@/lib/privacy/erasure/erasure-deps";
import { readErasureProgress, type ErasureStepName } from "@/lib/privacy/erasure/erasure-progress";
import { verifyErasureCertificate } from "@/lib/privacy/erasure/verify-erasure-certificate";
import { seedRoles, uniqueName } from "../../helpers/fixtures";
import { createExecutingErasure, executionContextFor } from "./erasure-fixtures";

const root = path.resolve(import.meta.dirname, "../../..");
const system = { principal: null, actor: { type: "system" as const } };

type Seeded = { email: string; userId: string; subjectId: string; keyId: string; apiKeySecret: string };

/** A person with an account (a session, an own key), email and phone, a few events and vault values. */
let phones = 110;

async function seedPerson(): Promise<Seeded> {
  // A phone of their own: equal values share one vault token.
  const phone = `+1202555${String(++phones).padStart(4, "0")}`;
  const email = `${uniqueName("resume")}@example.test`;
  const user = await createUser(
    { email, name: `Res ${uniqueName("n")}`, password: "a-long-enough-password", roles: ["viewer"] },
    system,
  );
  await startUserSession(user.id);
  const key = await createApiKey(
    { name: uniqueName("own"), roles: ["viewer"] },
    { ...system, ownerEmail: email },
  );
  const { subject } = await registerSubject({ email, phone }, system);
  const { keyId } = await db.dataSubject.findUniqueOrThrow({ where: { id: subject.id } });
  await Promise.all(
    Array.from({ length: 20 }, (_, n) =>
      recordEvent({
        category: "gateway",
        action: "tools/call",
        result: "success",
        actor: { type: "system" },
        dataSubject: { id: subject.id, keyId },
        payload: { email, n },
      }),
    ),
  );
  const masking = createMaskingContext();
  masking.tokenFor("email", email);
  masking.tokenFor("phone", phone);
  await flushTokenVault();
  return { email, userId: user.id, subjectId: subject.id, keyId, apiKeySecret: key.secret };
}

/** Deps that record which steps finished, and optionally fail right after one. */
function tracking(failAfter?: ErasureStepName): ErasureDeps & { ran: ErasureStepName[] } {
  const ran: ErasureStepName[] = [];
  return {
    ...DEFAULT_ERASURE_DEPS,
    ran,
    afterStep: (step) => {
      ran.push(step);
      if (step === failAfter) throw new Error(`crash after ${step}`);
    },
  };
}

async function storedProgress(requestId: string) {
  const row = await db.privacyRequest.findUniqueOrThrow({ where: { id: requestId } });
  return readErasureProgress(
    row.progress !== null && typeof row.progress === "object" && !Array.isArray(row.progress)
      ? { ...row.progress }
      : null,
  );
}

async function eventCount(action: string, target: string): Promise<number> {
  return db.auditEvent.count({ where: { action, target } });
}

async function expectFullyErased(person: Seeded) {
  const user = await db.user.findUniqueOrThrow({ where: { id: person.userId } });
  expect(user).toMatchObject({
    email: `erased+${person.userId}@erased.invalid`,
    name: null,
    isDisabled: true,
  });
  expect(await authenticateApiKey(person.apiKeySecret)).toMatchObject({ ok: false });
  expect(await findSubject({ kind: "email", value: person.email })).toBeNull();
  expect((await db.subjectKey.findUniqueOrThrow({ where: { id: person.keyId } })).wrappedKey).toBeNull();
  expect(await eventCount("erasure.account_scrubbed", person.userId)).toBe(1);
  expect(await eventCount("erasure.key_destroyed", person.keyId)).toBe(1);
}

const EXPECTED_COUNTS = {
  identifiersDeleted: 2,
  vaultTokensDeleted: 2,
  accountsScrubbed: 1,
  sessionsEnded: 1,
  rolesRemoved: 1,
  apiKeysRevoked: 1,
  subjectKeysDestroyed: 1,
  requestsAnonymized: 1,
};

beforeAll(async () => {
  await seedRoles();
});

describe("resuming an erasure", () => {
  test("a job that failed after a step resumes at the next one; finished steps are not run again", async () => {
    const person = await seedPerson();
    const request = await createExecutingErasure(person.subjectId);
    const first = tracking("account");
    await expect(executeErasure(await executionContextFor(request.id), first)).rejects.toThrow(
      "crash after account",
    );
    expect(first.ran).toEqual(["collect", "legacy_events", "vault", "account"]);
    const saved = await storedProgress(request.id);
    expect(saved.completed).toEqual(["collect", "legacy_events", "vault", "account"]);
    expect(saved.userIds).toEqual([person.userId]);
    // Half way: the account is scrubbed, the registry and the key are still there.
    expect(await authenticateApiKey(person.apiKeySecret)).toMatchObject({ ok: false });
    expect(await findSubject({ kind: "email", value: person.email })).not.toBeNull();

    const second = tracking();
    const result = await executeErasure(await executionContextFor(request.id), second);
    expect(second.ran).toEqual(["exports", "audit_exports", "registry", "shred", "certificate"]);
    expect(result.outcome).toMatchObject(EXPECTED_COUNTS);
    expect(Number(result.outcome.auditEvents)).toBeGreaterThanOrEqual(20);
    expect(verifyErasureCertificate(result.certificate!)).toMatchObject({ isValid: true });
    await expectFullyErased(person);
  });

  test("a step whose work was done but whose progress was not saved runs again, harmlessly", async () => {
    const person = await seedPerson();
    const request = await createExecutingErasure(person.subjectId);
    const ctx = await executionContextFor(request.id);
    const save = ctx.saveProgress;
    let isLeaseLost = false;
    ctx.saveProgress = async (progress) => {
      // The lease is lost just as "shred" finishes: its keys are destroyed, its completion unsaved.
      if (Array.isArray(progress.completed) && progress.completed.includes("shred")) {
        isLeaseLost = true;
        throw new Error("lease lost");
      }
      await save(progress);
    };
    await expect(executeErasure(ctx)).rejects.toThrow("lease lost");
    expect(isLeaseLost).toBe(true);
    expect((await storedProgress(request.id)).completed).not.toContain("shred");

    const again = tracking();
    const result = await executeErasure(await executionContextFor(request.id), again);
    expect(again.ran).toEqual(["shred", "certificate"]);
    expect(result.outcome).toMatchObject(EXPECTED_COUNTS);
    await expectFullyErased(person);
  });

  test("a process killed half way through the vault's batches: the next run goes on from its cursor", async () => {
    const person = await seedPerson();
    // More vault values than one batch (1,000), so the job is killed between two of them.
    const masking = createMaskingContext();
    for (let i = 0; i < 2500; i++) masking.tokenFor("email", `${uniqueName("other")}@example.test`);
    await flushTokenVault();
    const tokensBefore = await db.privacyToken.count();
    const request = await createExecutingErasure(person.subjectId);

    const exit = await runChild(request.id, "vault");
    expect(exit).toMatchObject({ signal: "SIGKILL" });
    const saved = await storedProgress(request.id);
    expect(saved).toMatchObject({ step: "vault", completed: ["collect", "legacy_events"] });
    expect(saved.cursor).toEqual(expect.any(String));

    const resumed = tracking();
    const result = await executeErasure(await executionContextFor(request.id), resumed);
    expect(resumed.ran[0]).toBe("vault");
    expect(result.outcome).toMatchObject(EXPECTED_COUNTS);
    expect(await db.privacyToken.count()).toBe(tokensBefore - 2);
    await expectFullyErased(person);
  }, 60_000);

  test("under the request runner: a step that throws fails the request naming it; a retry completes it", async () => {
    const person = await seedPerson();
    const request = await createExecutingErasure(person.subjectId);
    const broken: ErasureDeps = {
      ...DEFAULT_ERASURE_DEPS,
      deleteSubjectExports: async () => {
        throw new Error("disk unavailable");
      },
    };
    await runRequest(request.id, { erasure: (ctx) => executeErasure(ctx, broken) });
    const failed = await db.privacyRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(failed.state).toBe("failed");
    expect(failed.failure).toMatch(/^The exports step failed/);
    expect(failed.failure).not.toContain("disk unavailable");
    expect(await storedProgress(request.id)).toMatchObject({
      step: "exports",
      completed: ["collect", "legacy_events", "vault", "account"],
    });

    // Retry (as POST …/retry does): back to executing, and the runner resumes from the saved progress.
    await db.privacyRequest.update({
      where: { id: request.id },
      data: { state: "executing", failure: null },
    });
    await runRequest(request.id, { erasure: (ctx) => executeErasure(ctx) });
    const done = await db.privacyRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(done.state).toBe("completed");
    expect(done.outcome).toMatchObject(EXPECTED_COUNTS);
    expect(verifyErasureCertificate(done.certificate!)).toMatchObject({ isValid: true });
    await expectFullyErased(person);
  });

  test("the last enabled admin is not erased: the account step fails saying why, and a retry succeeds once another admin exists", async () => {
    const email = `${uniqueName("last-admin")}@example.test`;
    const system = { principal: null, actor: { type: "system" as const } };
    const admin = await createUser({ email, password: `pw-${uniqueName("x")}`, roles: ["admin"] }, system);
    // Every other admin this file's database holds is disabled first, so this one is the last.
    await db.user.updateMany({ where: { id: { not: admin.id } }, data: { isDisabled: true } });
    const { subject } = await registerSubject({ email }, system);
    const request = await createExecutingErasure(subject.id);
    await runRequest(request.id, { erasure: (ctx) => executeErasure(ctx) });
    const failed = await db.privacyRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(failed.state).toBe("failed");
    expect(failed.failure).toBe(
      "The account step failed: This would leave Gatehouse without an enabled admin. Make another user admin first.",
    );
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({
      email,
      isDisabled: false,
    });

    await createUser(
      {
        email: `${uniqueName("next-admin")}@example.test`,
        password: `pw-${uniqueName("y")}`,
        roles: ["admin"],
      },
      system,
    );
    await db.privacyRequest.update({
      where: { id: request.id },
      data: { state: "executing", failure: null },
    });
    await runRequest(request.id, { erasure: (ctx) => executeErasure(ctx) });
    expect((await db.privacyRequest.findUniqueOrThrow({ where: { id: request.id } })).state).toBe(
      "completed",
    );
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({
      isDisabled: true,
      name: null,
    });
  });

  test("a request that named no one completes at once with zero counts and a certificate", async () => {
    const request = await createExecutingErasure(null);
    const result = await executeErasure(await executionContextFor(request.id));
    expect(Object.values(result.outcome).every((n) => n === 0)).toBe(true);
    const verification = verifyErasureCertificate(result.certificate!);
    expect(verification).toMatchObject({
      isValid: true,
      certificate: { subjectId: null, requestId: request.id },
    });
  });
});

function runChild(
  requestId: string,
  step: ErasureStepName,
): Promise<{ code: number | null; signal: string | null; output: string }> {
  const child = spawn(
    process.execPath,
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      "tests/fixtures/erasure-until-killed.ts",
      requestId,
      step,
    ],
    { cwd: root, env: { ...process.env }, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code, signal) => resolve({ code, signal, output }));
  });
}
