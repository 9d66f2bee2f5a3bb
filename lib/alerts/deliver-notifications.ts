import "server-only";
import { db, type Db } from "@/lib/db";
import { openJson } from "@/lib/crypto/seal";
import { errorFields, log } from "@/lib/log";
import { checkUpstreamAddress } from "@/lib/gateway/check-upstream-address";
import { ADDRESS_BLOCKED } from "@/lib/gateway/describe-connection-error";
import { notificationBody } from "@/lib/alerts/notification-body";
import { signPayload } from "@/lib/alerts/sign-payload";
import type { AlertComparison } from "@/lib/alerts/alert-types";

// Each notification is an AlertDelivery row, tried at once and then with exponential backoff
// (10 s, 20 s, 40 s, 80 s) until delivered or MAX_ATTEMPTS failed; every attempt updates the row.
export const MAX_ATTEMPTS = 5;
const BASE_BACKOFF_MS = 10_000;
const TIMEOUT_MS = 10_000;
const SEVERITY_RANK: Record<string, number> = { warning: 0, critical: 1 };

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Queues the event for every enabled webhook whose minSeverity it reaches (in the caller's transaction). */
export async function queueNotifications(
  tx: Tx,
  eventId: number,
  severity: string,
  now: Date,
): Promise<void> {
  const webhooks = await tx.alertWebhook.findMany({ where: { isEnabled: true } });
  const receiving = webhooks.filter(
    (w) => (SEVERITY_RANK[severity] ?? 0) >= (SEVERITY_RANK[w.minSeverity] ?? 0),
  );
  if (receiving.length === 0) return;
  await tx.alertDelivery.createMany({
    data: receiving.map((w) => ({
      webhookId: w.id,
      alertEventId: eventId,
      status: "pending",
      nextAttemptAt: now,
    })),
  });
}

/** Tries every delivery that is due at `now`; returns how many were tried. */
export async function deliverDueNotifications(now: Date = new Date()): Promise<number> {
  const due = await db.alertDelivery.findMany({
    where: { status: "pending", nextAttemptAt: { lte: now } },
    include: { webhook: true },
    orderBy: { id: "asc" },
    take: 100,
  });
  for (const delivery of due) await attempt(delivery, now);
  return due.length;
}

type DueDelivery = Awaited<
  ReturnType<typeof db.alertDelivery.findMany<{ include: { webhook: true } }>>
>[number];

async function attempt(delivery: DueDelivery, now: Date): Promise<void> {
  const event = await db.alertEvent.findUnique({ where: { id: delivery.alertEventId } });
  if (!event) {
    await db.alertDelivery.update({
      where: { id: delivery.id },
      data: { status: "failed", lastError: "event gone", nextAttemptAt: null },
    });
    return;
  }
  const rule = await db.alertRule.findUnique({ where: { id: event.ruleId }, select: { comparison: true } });
  const body = notificationBody(event, (rule?.comparison as AlertComparison | undefined) ?? null);
  const attempts = delivery.attempts + 1;
  let statusCode: number | null = null;
  let error: string | null = null;
  try {
    const url = new URL(delivery.webhook.url);
    await checkUpstreamAddress(url);
    const timestamp = Math.floor(Date.now() / 1000);
    const secret = openJson<string>(delivery.webhook.secretEncrypted);
    const response = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "Gatehouse-Alerts",
        "x-gatehouse-timestamp": String(timestamp),
        "x-gatehouse-signature": signPayload(secret, timestamp, body),
        "x-gatehouse-delivery": String(delivery.id),
      },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    statusCode = response.status;
    await response.body?.cancel().catch(() => undefined);
    if (response.status < 200 || response.status >= 300) error = `HTTP ${response.status}`;
  } catch (caught) {
    error = shortReason(caught);
    log.warn("alert webhook delivery failed", { webhook: delivery.webhookId, ...errorFields(caught) });
  }
  const delivered = error === null;
  const failed = !delivered && attempts >= MAX_ATTEMPTS;
  await db.alertDelivery.update({
    where: { id: delivery.id },
    data: {
      attempts,
      status: delivered ? "delivered" : failed ? "failed" : "pending",
      lastStatusCode: statusCode,
      lastError: error,
      deliveredAt: delivered ? new Date() : null,
      nextAttemptAt:
        delivered || failed ? null : new Date(now.getTime() + BASE_BACKOFF_MS * 2 ** (attempts - 1)),
    },
  });
}

function shortReason(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === "TimeoutError" || error.name === "AbortError") return "timeout";
    if ("code" in error && error.code === ADDRESS_BLOCKED) return "address blocked";
    const cause = (error as { cause?: { code?: unknown } }).cause;
    if (cause && typeof cause.code === "string") return cause.code;
    return error.message.slice(0, 200);
  }
  return "failed";
}
