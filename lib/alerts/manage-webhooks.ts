import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { sealJson } from "@/lib/crypto/seal";
import { maskWebhookUrl } from "@/lib/alerts/mask-webhook-url";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditBy } from "@/lib/audit/audit-event-types";
import type { AlertDeliveryView, AlertWebhookView } from "@/lib/alerts/alert-types";
import type { z } from "zod";
import type { createWebhookSchema, updateWebhookSchema } from "@/lib/alerts/schemas";

// The signing secret is made here, sealed with the master key like upstream headers
// (lib/crypto/seal.ts), and returned once by createWebhook; no view ever carries it.

type AlertWebhook = Awaited<ReturnType<typeof db.alertWebhook.findFirstOrThrow>>;

function webhookView(row: AlertWebhook): AlertWebhookView {
  return {
    id: row.id,
    name: row.name,
    url: maskWebhookUrl(row.url),
    minSeverity: row.minSeverity as AlertWebhookView["minSeverity"],
    isEnabled: row.isEnabled,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listWebhooks(): Promise<AlertWebhookView[]> {
  return (await db.alertWebhook.findMany({ orderBy: { createdAt: "asc" } })).map(webhookView);
}

async function getWebhookOrThrow(id: string): Promise<AlertWebhook> {
  const row = await db.alertWebhook.findUnique({ where: { id } });
  if (!row) throw new AppError("not_found", "There is no alert webhook with this id.");
  return row;
}

export async function createWebhook(
  input: z.output<typeof createWebhookSchema>,
  by: AuditBy,
): Promise<{ webhook: AlertWebhookView; secret: string }> {
  const secret = `whsec_${randomBytes(32).toString("base64url")}`;
  const row = await db.alertWebhook.create({
    data: {
      name: input.name,
      url: input.url,
      minSeverity: input.minSeverity ?? "warning",
      isEnabled: input.isEnabled ?? true,
      secretEncrypted: sealJson(secret),
    },
  });
  await audit("alert_webhook.create", row.id, by, {
    name: row.name,
    url: maskWebhookUrl(row.url),
    minSeverity: row.minSeverity,
  });
  return { webhook: webhookView(row), secret };
}

export async function updateWebhook(
  id: string,
  patch: z.output<typeof updateWebhookSchema>,
  by: AuditBy,
): Promise<AlertWebhookView> {
  await getWebhookOrThrow(id);
  const row = await db.alertWebhook.update({ where: { id }, data: patch });
  await audit("alert_webhook.update", id, by, { name: row.name, changed: Object.keys(patch) });
  return webhookView(row);
}

export async function deleteWebhook(id: string, by: AuditBy): Promise<void> {
  const row = await getWebhookOrThrow(id);
  await db.alertWebhook.delete({ where: { id } });
  await audit("alert_webhook.delete", id, by, { name: row.name, url: maskWebhookUrl(row.url) });
}

export async function listDeliveries(webhookId: string): Promise<AlertDeliveryView[]> {
  await getWebhookOrThrow(webhookId);
  const rows = await db.alertDelivery.findMany({ where: { webhookId }, orderBy: { id: "desc" }, take: 100 });
  return rows.map((row) => ({
    id: row.id,
    alertEventId: row.alertEventId,
    status: row.status as AlertDeliveryView["status"],
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
    lastStatusCode: row.lastStatusCode,
    lastError: row.lastError,
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  }));
}

async function audit(action: string, target: string, by: AuditBy, details: Record<string, unknown>) {
  await recordEvent({
    category: "system",
    action,
    result: "success",
    actor: by.actor,
    target,
    details,
    meta: by.meta,
  });
}
