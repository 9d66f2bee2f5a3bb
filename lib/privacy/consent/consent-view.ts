import "server-only";
import { db } from "@/lib/db";
import { namedKeyLabel } from "@/lib/keys/key-label";
import type { ConsentRecordView } from "@/lib/privacy/consent/consent-view-type";
import { CONSENT_DECISIONS, CONSENT_SOURCES } from "@/lib/privacy/consent/schemas";

export type ConsentRecordRow = {
  id: number;
  subjectId: string;
  purposeKey: string;
  decision: string;
  noticeVersion: string | null;
  source: string;
  recordedByType: string;
  recordedById: string | null;
  recordedAt: Date;
};

function oneOf<T extends string>(values: readonly T[], value: string, fallback: T): T {
  return values.find((v) => v === value) ?? fallback;
}

/** Who recorded each record, as people read it: a user's email, a key's name and prefix (one query per kind). */
async function recorderLabels(rows: ConsentRecordRow[]): Promise<Map<string, string>> {
  const idsOf = (type: string) => [
    ...new Set(rows.flatMap((r) => (r.recordedByType === type && r.recordedById ? [r.recordedById] : []))),
  ];
  const userIds = idsOf("user");
  const keyIds = idsOf("api_key");
  const [users, keys] = await Promise.all([
    userIds.length
      ? db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, email: true } })
      : [],
    keyIds.length
      ? db.apiKey.findMany({ where: { id: { in: keyIds } }, select: { id: true, name: true, prefix: true } })
      : [],
  ]);
  return new Map([
    ...users.map((u): [string, string] => [`user:${u.id}`, u.email]),
    ...keys.map((k): [string, string] => [`api_key:${k.id}`, namedKeyLabel(k)]),
  ]);
}

export async function toConsentViews(rows: ConsentRecordRow[]): Promise<ConsentRecordView[]> {
  const labels = await recorderLabels(rows);
  return rows.map((row) => {
    const type = oneOf(["user", "api_key", "system"] as const, row.recordedByType, "system");
    return {
      id: row.id,
      subjectId: row.subjectId,
      purpose: row.purposeKey,
      decision: oneOf(CONSENT_DECISIONS, row.decision, "withdrawn"),
      noticeVersion: row.noticeVersion,
      source: oneOf(CONSENT_SOURCES, row.source, "api"),
      recordedBy: {
        type,
        id: row.recordedById,
        label: labels.get(`${type}:${row.recordedById}`) ?? null,
      },
      recordedAt: row.recordedAt.toISOString(),
    };
  });
}
