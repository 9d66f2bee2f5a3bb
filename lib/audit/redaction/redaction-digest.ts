import { createHash, type Hash } from "node:crypto";

/** The anchor event of a redaction batch: category "audit", this action. */
export const REDACTION_ANCHOR_ACTION = "events_redacted";

/**
 * An event redacted before, in an earlier batch: which anchor vouched for it and the hash it had
 * right after that redaction. A later anchor records it, since AuditRedaction keeps one row per
 * event (pointing at the latest anchor) and the earlier anchor's digest still covers that hash.
 */
export type SupersededRedaction = { eventId: number; anchorEventId: number; hash: string };

/** What an anchor event's details hold. */
export type RedactionAnchorDetails = {
  requestId: string;
  count: number;
  firstId: number;
  lastId: number;
  digest: string;
  superseded?: SupersededRedaction[];
};

/**
 * SHA-256 over "<eventId>:<sealedHash>:<newHash>\n" for each redacted event, in id order: what
 * an anchor vouches for. Incremental, as the verifier reads the events.
 */
export class RedactionDigest {
  private readonly hash: Hash = createHash("sha256");
  private lines = 0;
  private lastId: number | null = null;
  private firstId: number | null = null;

  add(eventId: number, sealedHash: string, newHash: string): void {
    this.hash.update(`${eventId}:${sealedHash}:${newHash}\n`, "utf8");
    this.lines++;
    this.firstId ??= eventId;
    this.lastId = eventId;
  }

  get count(): number {
    return this.lines;
  }

  get range(): { firstId: number | null; lastId: number | null } {
    return { firstId: this.firstId, lastId: this.lastId };
  }

  /** The hex digest; the digest cannot be added to afterwards. */
  digest(): string {
    return this.hash.digest("hex");
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const isInt = (value: unknown): value is number => typeof value === "number" && Number.isInteger(value);

/** The anchor details of an event's details, or null when they are not an anchor's. */
export function readAnchorDetails(details: unknown): RedactionAnchorDetails | null {
  if (!isRecord(details)) return null;
  const { requestId, count, firstId, lastId, digest, superseded } = details;
  if (typeof requestId !== "string" || typeof digest !== "string") return null;
  if (!isInt(count) || !isInt(firstId) || !isInt(lastId)) return null;
  const entries: SupersededRedaction[] = [];
  if (superseded !== undefined) {
    if (!Array.isArray(superseded)) return null;
    for (const entry of superseded) {
      if (!isRecord(entry) || !isInt(entry.eventId) || !isInt(entry.anchorEventId)) return null;
      if (typeof entry.hash !== "string") return null;
      entries.push({ eventId: entry.eventId, anchorEventId: entry.anchorEventId, hash: entry.hash });
    }
  }
  return { requestId, count, firstId, lastId, digest, ...(entries.length ? { superseded: entries } : {}) };
}
