import { canonicalJson } from "@/lib/audit/canonical-json";
import { sha256Hex } from "@/lib/crypto/sha256-hex";

/** The fields an event hash covers: everything written, with the payload by its digest. */
export type HashedEventFields = {
  createdAt: Date;
  category: string;
  action: string;
  result: string;
  actorType: string;
  actorId: string | null;
  actorLabel: string | null;
  actorHash: string | null;
  /** the actor's pseudonym; enters the hash (v2) only when set, so rows written before it verify as v1 */
  actorSubjectId: string | null;
  subjectId: string | null;
  subjectHash: string | null;
  personal: string | null;
  serverId: string | null;
  tool: string | null;
  target: string | null;
  correlationId: string | null;
  ip: string | null;
  userAgent: string | null;
  durationMs: number | null;
  details: unknown;
  payloadDigest: string | null;
};

const VERSION_1 = "gatehouse-audit-v1";
const VERSION_2 = "gatehouse-audit-v2";

/** v2 (actorSubjectId appended) for rows that name their actor by pseudonym; v1 for all others. */
export function eventHashVersion(event: Pick<HashedEventFields, "actorSubjectId">): string {
  return event.actorSubjectId === null || event.actorSubjectId === undefined ? VERSION_1 : VERSION_2;
}

/**
 * SHA-256 over the canonical form of an event. The payload enters only through its digest, so
 * retention can drop tool-call arguments and the event (and the seal over it) still verifies.
 * Personal fields enter as ciphertext, so destroying a subject's key changes nothing here.
 * actorSubjectId is appended (and the version is v2) only when it is set: every row written
 * before the column existed keeps its v1 hash.
 */
export function eventHash(event: HashedEventFields): string {
  const version = eventHashVersion(event);
  const fields: unknown[] = [
    version,
    event.createdAt.toISOString(),
    event.category,
    event.action,
    event.result,
    event.actorType,
    event.actorId,
    event.actorLabel,
    event.actorHash,
    event.subjectId,
    event.subjectHash,
    event.personal,
    event.serverId,
    event.tool,
    event.target,
    event.correlationId,
    event.ip,
    event.userAgent,
    event.durationMs,
    event.details ?? null,
    event.payloadDigest,
  ];
  if (version === VERSION_2) fields.push(event.actorSubjectId);
  return sha256Hex(canonicalJson(fields));
}

export function payloadDigestOf(payload: string): string {
  return sha256Hex(payload);
}
