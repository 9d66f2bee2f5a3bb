import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { SqlParams } from "@/lib/db/dialect";
import { eventHash } from "@/lib/audit/event-hash";
import { insertAuditRowsIn, type AuditRow } from "@/lib/audit/insert-audit-rows";
import { prepareAuditRow } from "@/lib/audit/prepare-audit-row";
import type { StoredAuditEvent } from "@/lib/audit/event-view";
import { AUDIT_EVENT_SELECT_LIST, toStoredEvent } from "@/lib/audit/stored-event-row";
import {
  REDACTION_ANCHOR_ACTION,
  RedactionDigest,
  type RedactionAnchorDetails,
  type SupersededRedaction,
} from "@/lib/audit/redaction/redaction-digest";
import { encryptPersonal, isPersonalCiphertext } from "@/lib/privacy/personal-cipher";
import { subjectKeysById, type SubjectKey } from "@/lib/privacy/subject-keys";

export type RedactLegacyEventsOptions = {
  /** the person's pseudonym: it takes the place of their keyed hashes */
  subjectId: string;
  /** their subject key (DataSubject.keyId): plain ip / user agent are encrypted under it */
  keyId: string;
  /** keyed hashes legacy rows name them by (legacyHashesOfSubject) */
  legacyHashes: readonly string[];
  /** the privacy request this is part of (AuditRedaction.requestId, the anchor's details) */
  requestId: string;
  /** resume after this event id (0 to start) */
  afterId: number;
  batchSize?: number;
};

export type RedactLegacyEventsResult = {
  redacted: number;
  /** the last event id looked at: the next call's afterId */
  lastId: number;
  /** no event after lastId needs redacting */
  done: boolean;
};

const DEFAULT_BATCH_SIZE = 500;

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/**
 * Events of this subject, after afterId, that still hold a keyed hash of theirs or a plain ip / user
 * agent: the first `limit` of each alternative, each read by its own (column, id) index, merged.
 * One OR over the four columns made both databases collect every match for every batch (52 s for
 * 100,000 rows on SQLite, where this takes a few).
 */
async function findLegacyEvents(
  options: RedactLegacyEventsOptions,
  limit: number,
): Promise<StoredAuditEvent[]> {
  const hashes = options.legacyHashes;
  const plain = `(("ip" IS NOT NULL AND "ip" NOT LIKE 'pd1.%') OR ("userAgent" IS NOT NULL AND "userAgent" NOT LIKE 'pd1.%'))`;
  const branches: ((sql: SqlParams) => string)[] = [
    ...(hashes.length
      ? [
          (sql: SqlParams) => `"actorHash" IN (${sql.list(hashes)})`,
          (sql: SqlParams) => `"subjectHash" IN (${sql.list(hashes)})`,
        ]
      : []),
    (sql) => `"actorSubjectId" = ${sql.add(options.subjectId)} AND ${plain}`,
    (sql) => `"subjectId" = ${sql.add(options.subjectId)} AND ${plain}`,
  ];
  const byId = new Map<number, StoredAuditEvent>();
  for (const branch of branches) {
    // Placeholders in the order they appear in the statement: SQLite's "?" are positional.
    const sql = new SqlParams();
    const after = sql.add(options.afterId, "::bigint");
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(
      `SELECT ${AUDIT_EVENT_SELECT_LIST} FROM "AuditEvent" WHERE "id" > ${after} AND ${branch(sql)} ORDER BY "id" ASC LIMIT ${sql.add(limit)}`,
      ...sql.values,
    );
    for (const row of rows) byId.set(Number(row.id), toStoredEvent(row));
  }
  return [...byId.values()].sort((a, b) => a.id - b.id).slice(0, limit);
}

/** Pseudonyms of other registered people whose keyed hashes share these rows: a rewritten row names everyone by pseudonym. */
async function pseudonymsOfHashes(hashes: readonly string[]): Promise<Map<string, string>> {
  if (!hashes.length) return new Map();
  const rows = await db.subjectIdentifier.findMany({
    where: { kind: "email", hash: { in: [...new Set(hashes)] } },
    select: { hash: true, subjectId: true },
  });
  return new Map(rows.map((row) => [row.hash, row.subjectId]));
}

type Rewrite = {
  id: number;
  /** the stored hash before this rewrite (null for rows written before events were hashed) */
  storedHash: string | null;
  sealedHash: string;
  newHash: string;
  fields: Pick<
    StoredAuditEvent,
    "actorHash" | "actorSubjectId" | "subjectHash" | "subjectId" | "ip" | "userAgent"
  >;
  /** set when an earlier redaction of this event exists */
  previous: { anchorEventId: number; sealedHash: string } | null;
};

function rewrite(
  row: StoredAuditEvent,
  options: RedactLegacyEventsOptions,
  others: Map<string, string>,
  key: SubjectKey | null,
  previous: Rewrite["previous"],
): Rewrite {
  const own = new Set(options.legacyHashes);
  const pseudonymOf = (hash: string | null) =>
    hash === null ? null : own.has(hash) ? options.subjectId : (others.get(hash) ?? null);
  const actorPseudonym = pseudonymOf(row.actorHash);
  const subjectPseudonym = pseudonymOf(row.subjectHash);
  // Under the subject key; when it is already destroyed nothing readable may stay, so the value goes.
  const seal = (value: string | null) =>
    value === null || isPersonalCiphertext(value) ? value : key ? encryptPersonal(key, value) : null;
  const fields = {
    actorHash: actorPseudonym ? null : row.actorHash,
    actorSubjectId: actorPseudonym ?? row.actorSubjectId,
    subjectHash: subjectPseudonym ? null : row.subjectHash,
    subjectId: subjectPseudonym ?? row.subjectId,
    ip: seal(row.ip),
    userAgent: seal(row.userAgent),
  };
  return {
    id: row.id,
    storedHash: row.hash,
    // What the seal covers: the original hash, kept by an earlier redaction of the same event.
    sealedHash: previous?.sealedHash ?? row.hash ?? eventHash(row),
    newHash: eventHash({ ...row, ...fields }),
    fields,
    previous,
  };
}

/**
 * The batch's anchor event, built through the normal row path (prepareAuditRow) so that the
 * sealer chains it like any event; prepared before the transaction, which then only writes.
 */
async function anchorRowFor(
  rewrites: readonly Rewrite[],
  options: RedactLegacyEventsOptions,
): Promise<AuditRow> {
  const digest = new RedactionDigest();
  for (const r of rewrites) digest.add(r.id, r.sealedHash, r.newHash);
  const superseded: SupersededRedaction[] = rewrites.flatMap((r) =>
    r.previous && r.storedHash
      ? [{ eventId: r.id, anchorEventId: r.previous.anchorEventId, hash: r.storedHash }]
      : [],
  );
  const details: RedactionAnchorDetails = {
    requestId: options.requestId,
    count: rewrites.length,
    firstId: rewrites[0].id,
    lastId: rewrites[rewrites.length - 1].id,
    digest: digest.digest(),
    ...(superseded.length ? { superseded } : {}),
  };
  return prepareAuditRow({
    category: "audit",
    action: REDACTION_ANCHOR_ACTION,
    result: "success",
    actor: { type: "system" },
    target: options.requestId,
    subjectId: options.subjectId,
    details,
  });
}

/**
 * Rewrites the batch's rows in one statement (a row at a time cost about 1 ms each through the
 * driver), each only as it was read: a concurrent change makes the count fall short and rolls the
 * batch back (the caller retries).
 */
async function updateRows(tx: Tx, rewrites: readonly Rewrite[]): Promise<void> {
  const sql = new SqlParams();
  const rows = rewrites.map((r) => {
    const f = r.fields;
    const values = [
      r.storedHash,
      f.actorHash,
      f.actorSubjectId,
      f.subjectHash,
      f.subjectId,
      f.ip,
      f.userAgent,
      r.newHash,
    ];
    return `(${sql.add(r.id, "::integer")}, ${values.map((v) => sql.add(v, "::text")).join(", ")})`;
  });
  const set = [
    ["actorHash", "ah"],
    ["actorSubjectId", "asid"],
    ["subjectHash", "sh"],
    ["subjectId", "sid"],
    ["ip", "ip"],
    ["userAgent", "ua"],
    ["hash", "nh"],
  ]
    .map(([column, value]) => `"${column}" = v.${value}`)
    .join(", ");
  // "IS" is SQLite's null-safe equality; PostgreSQL spells it IS NOT DISTINCT FROM.
  const sameHash = env.isPostgres
    ? `"AuditEvent"."hash" IS NOT DISTINCT FROM v.oh`
    : `"AuditEvent"."hash" IS v.oh`;
  const count = await tx.$executeRawUnsafe(
    `WITH v(id, oh, ah, asid, sh, sid, ip, ua, nh) AS (VALUES ${rows.join(", ")}) ` +
      `UPDATE "AuditEvent" SET ${set} FROM v WHERE "AuditEvent"."id" = v.id AND ${sameHash}`,
    ...sql.values,
  );
  if (count !== rewrites.length)
    throw new Error(`${rewrites.length - count} audit events changed while they were being redacted`);
}

async function writeBatch(tx: Tx, rewrites: readonly Rewrite[], anchor: AuditRow, requestId: string) {
  await updateRows(tx, rewrites);

  const [anchorEventId] = await insertAuditRowsIn(tx, [anchor]);

  const fresh = rewrites.filter((r) => !r.previous);
  if (fresh.length) {
    await tx.auditRedaction.createMany({
      data: fresh.map((r) => ({
        eventId: r.id,
        sealedHash: r.sealedHash,
        anchorEventId,
        requestId,
      })),
    });
  }
  for (const r of rewrites.filter((r) => r.previous))
    await tx.auditRedaction.update({
      where: { eventId: r.id },
      data: { anchorEventId, requestId },
    });
}

/**
 * One batch of an erasure's redaction of legacy rows: events (id > afterId, ascending) that still
 * name the subject by keyed hash, or hold a plain ip / user agent on an event of theirs, are
 * rewritten — their keyed hashes replaced by the pseudonym, ip and user agent encrypted under the
 * subject key, the event hash recomputed — and, in the same transaction, an AuditRedaction per
 * event (keeping the hash the seal covers) and one anchor event "audit.events_redacted" whose
 * digest vouches for the batch. Idempotent: a rewritten row no longer matches. Other people's rows
 * are never read; another registered person's keyed hash on a shared row becomes their pseudonym.
 */
export async function redactLegacyEvents(
  options: RedactLegacyEventsOptions,
): Promise<RedactLegacyEventsResult> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const rows = await findLegacyEvents(options, batchSize);
  if (rows.length === 0) return { redacted: 0, lastId: options.afterId, done: true };

  const key = (await subjectKeysById([options.keyId])).get(options.keyId);
  const subjectKey = key ? { id: options.keyId, key } : null;
  const own = new Set(options.legacyHashes);
  const otherHashes = rows
    .flatMap((r) => [r.actorHash, r.subjectHash])
    .filter((h): h is string => !!h && !own.has(h));
  const others = await pseudonymsOfHashes(otherHashes);
  const earlier = await db.auditRedaction.findMany({
    where: { eventId: { in: rows.map((r) => r.id) } },
    select: { eventId: true, anchorEventId: true, sealedHash: true },
  });
  const earlierById = new Map(earlier.map((e) => [e.eventId, e]));
  const rewrites = rows.map((row) =>
    rewrite(row, options, others, subjectKey, earlierById.get(row.id) ?? null),
  );

  const anchor = await anchorRowFor(rewrites, options);
  await db.$transaction((tx) => writeBatch(tx, rewrites, anchor, options.requestId), { timeout: 60_000 });
  const lastId = rows[rows.length - 1].id;
  return { redacted: rows.length, lastId, done: rows.length < batchSize };
}
