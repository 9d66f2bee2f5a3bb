import "server-only";
import type { AuditEventRow } from "@/lib/db";
import { decryptPersonal, isPersonalCiphertext, keyIdOf, ERASED } from "@/lib/privacy/personal-cipher";
import { subjectKeysById } from "@/lib/privacy/subject-keys";

/** An audit event as the console and exports show it: personal fields decrypted, or "[erased]". */
export type AuditEventView = {
  id: number;
  createdAt: string;
  category: string;
  action: string;
  result: string;
  actor: { type: string; id: string | null; label: string | null };
  /** the actor's data-subject pseudonym when the actor is a person */
  actorSubjectId: string | null;
  subjectId: string | null;
  /** the subject's personal details ({ email, … }), ERASED once their key is destroyed */
  subject: Record<string, unknown> | typeof ERASED | null;
  serverId: string | null;
  tool: string | null;
  target: string | null;
  correlationId: string | null;
  /** decrypted when stored under a person's key; ERASED once that key is destroyed */
  ip: string | null;
  userAgent: string | null;
  durationMs: number | null;
  details: unknown;
  /** tool-call arguments; null when there were none or retention dropped them */
  payload: unknown;
  payloadPurged: boolean;
  hash: string | null;
  /** true when the API masked personal values in payload, subject or actor label (lib/privacy/policies/mask-audit-view.ts) */
  masked?: boolean;
};

export type StoredAuditEvent = Omit<AuditEventRow, "details"> & { details: unknown };

function collectKeyIds(rows: readonly StoredAuditEvent[]): string[] {
  const ids: string[] = [];
  for (const row of rows) {
    for (const value of [row.actorLabel, row.personal, row.payload, row.ip, row.userAgent])
      if (isPersonalCiphertext(value)) ids.push(keyIdOf(value));
  }
  return ids;
}

/** Decrypts what it can: a damaged ciphertext reads as "[unreadable]" rather than failing the page. */
function open(value: string | null, keys: Map<string, Buffer | null>): unknown {
  if (!isPersonalCiphertext(value)) return value;
  try {
    return decryptPersonal(value, keys.get(keyIdOf(value)) ?? null);
  } catch {
    return "[unreadable]";
  }
}

function openText(value: string | null, keys: Map<string, Buffer | null>): string | null {
  const opened = open(value, keys);
  return opened === null || typeof opened === "string" ? opened : JSON.stringify(opened);
}

function parsePayload(value: string | null, keys: Map<string, Buffer | null>): unknown {
  if (value === null) return null;
  if (isPersonalCiphertext(value)) return open(value, keys);
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/** Views of stored rows, fetching the subject keys they need in one query. Needs audit:read. */
export async function toEventViews(rows: readonly StoredAuditEvent[]): Promise<AuditEventView[]> {
  const keys = await subjectKeysById(collectKeyIds(rows));
  return rows.map((row) => {
    const label = open(row.actorLabel, keys);
    const subject = open(row.personal, keys);
    return {
      id: row.id,
      createdAt: row.createdAt.toISOString(),
      category: row.category,
      action: row.action,
      result: row.result,
      actor: { type: row.actorType, id: row.actorId, label: typeof label === "string" ? label : null },
      actorSubjectId: row.actorSubjectId,
      subjectId: row.subjectId,
      subject:
        subject === null
          ? null
          : subject === ERASED
            ? ERASED
            : typeof subject === "object"
              ? (subject as Record<string, unknown>)
              : { value: subject },
      serverId: row.serverId,
      tool: row.tool,
      target: row.target,
      correlationId: row.correlationId,
      ip: openText(row.ip, keys),
      userAgent: openText(row.userAgent, keys),
      durationMs: row.durationMs,
      details: row.details,
      payload: parsePayload(row.payload, keys),
      payloadPurged: row.payloadPurgedAt !== null,
      hash: row.hash,
    };
  });
}
