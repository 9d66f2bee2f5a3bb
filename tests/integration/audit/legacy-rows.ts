// Rows written the way the trail wrote them before pseudonyms (issue 12): people by keyed hash of
// their email (actorHash, subjectHash), a user id as subjectId, ip and user agent in plain text,
// hashed as gatehouse-audit-v1. Tests seed these to check that legacy rows still verify, are found,
// held and redacted.
import { db } from "@/lib/db";
import { eventHash, payloadDigestOf } from "@/lib/audit/event-hash";
import { insertAuditRows, type AuditRow } from "@/lib/audit/insert-audit-rows";
import { encryptPersonal } from "@/lib/privacy/personal-cipher";
import { subjectHashOf } from "@/lib/privacy/subject-hash";
import { subjectKeyFor } from "@/lib/privacy/subject-keys";
import { uniqueName } from "../../helpers/fixtures";

export type LegacyRowOptions = {
  createdAt?: Date;
  category?: string;
  action?: string;
  /** a signed-in user: label encrypted under their key, actorHash */
  actorEmail?: string;
  actorId?: string;
  /** the person the event is about: personal encrypted under their key, subjectHash */
  subjectEmail?: string;
  subjectUserId?: string;
  /** tool-call arguments naming someone: encrypted under that person's key */
  payloadFor?: { email: string; payload: unknown };
  ip?: string | null;
  userAgent?: string | null;
};

/** The row as the old prepareAuditRow produced it. */
export async function legacyRow(options: LegacyRowOptions): Promise<AuditRow> {
  const actorKey = options.actorEmail ? await subjectKeyFor(subjectHashOf(options.actorEmail)) : null;
  const subjectKey = options.subjectEmail ? await subjectKeyFor(subjectHashOf(options.subjectEmail)) : null;
  const payloadKey = options.payloadFor ? await subjectKeyFor(subjectHashOf(options.payloadFor.email)) : null;
  const payload =
    options.payloadFor && payloadKey ? encryptPersonal(payloadKey, options.payloadFor.payload) : null;
  const row: Omit<AuditRow, "hash"> = {
    createdAt: options.createdAt ?? new Date(),
    category: options.category ?? "auth",
    action: options.action ?? "sign_in",
    result: "success",
    actorType: options.actorEmail ? "user" : "system",
    actorId: options.actorEmail ? (options.actorId ?? uniqueName("u")) : null,
    actorLabel: actorKey && options.actorEmail ? encryptPersonal(actorKey, options.actorEmail) : null,
    actorHash: options.actorEmail ? subjectHashOf(options.actorEmail) : null,
    actorSubjectId: null,
    subjectId: options.subjectEmail ? (options.subjectUserId ?? uniqueName("u")) : null,
    subjectHash: options.subjectEmail
      ? subjectHashOf(options.subjectEmail)
      : options.payloadFor
        ? subjectHashOf(options.payloadFor.email)
        : null,
    personal:
      subjectKey && options.subjectEmail
        ? encryptPersonal(subjectKey, { email: options.subjectEmail })
        : null,
    serverId: null,
    tool: null,
    target: null,
    correlationId: uniqueName("legacy"),
    ip: options.ip === undefined ? "198.51.100.77" : options.ip,
    userAgent: options.userAgent === undefined ? "legacy-agent/1.0" : options.userAgent,
    durationMs: null,
    details: { legacy: true },
    payload,
    payloadDigest: payload === null ? null : payloadDigestOf(payload),
  };
  return { ...row, hash: eventHash(row) };
}

/** Writes legacy rows (in order) and returns their ids. */
export async function insertLegacyRows(options: readonly LegacyRowOptions[]): Promise<number[]> {
  const rows: AuditRow[] = [];
  for (const option of options) rows.push(await legacyRow(option));
  await insertAuditRows(rows);
  const stored = await db.auditEvent.findMany({
    where: { correlationId: { in: rows.map((r) => r.correlationId!) } },
    select: { id: true, correlationId: true },
  });
  const idOf = new Map(stored.map((s) => [s.correlationId, s.id]));
  return rows.map((r) => idOf.get(r.correlationId)!);
}
