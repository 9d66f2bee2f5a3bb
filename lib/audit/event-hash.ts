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

const VERSION = "gatehouse-audit-v1";

/**
 * SHA-256 over the canonical form of an event. The payload enters only through its digest, so
 * retention can drop tool-call arguments and the event (and the seal over it) still verifies.
 * Personal fields enter as ciphertext, so destroying a subject's key changes nothing here.
 */
export function eventHash(event: HashedEventFields): string {
  const canonical = canonicalJson([
    VERSION,
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
  ]);
  return sha256Hex(canonical);
}

export function payloadDigestOf(payload: string): string {
  return sha256Hex(payload);
}
