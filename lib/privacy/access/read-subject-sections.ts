import "server-only";
import { db } from "@/lib/db";
import { toEventViews } from "@/lib/audit/event-view";
import { toExportRecord } from "@/lib/audit/export/export-columns";
import { keyLabel } from "@/lib/keys/key-label";
import { decryptPersonal, keyIdOf } from "@/lib/privacy/personal-cipher";
import { subjectKeysById } from "@/lib/privacy/subject-keys";
import { openPersonalValues } from "@/lib/privacy/access/open-personal-values";
import { readSubjectEvents } from "@/lib/privacy/access/read-subject-events";
import { withholdOtherPeople } from "@/lib/privacy/access/withhold-other-people";
import {
  SECTION_NAMES,
  type ExportRow,
  type ExportSection,
  type SectionName,
} from "@/lib/privacy/access/export-sections";

// Everything Gatehouse holds about one data subject, read section by section as the file is
// written. Staff ids and other people's details stay out: the export answers the person.

const iso = (date: Date | null) => date?.toISOString() ?? null;

async function* once(read: () => Promise<ExportRow[]>): AsyncGenerator<ExportRow[]> {
  const rows = await read();
  if (rows.length) yield rows;
}

type Identifier = { kind: string; value: unknown; createdAt: Date };

async function readIdentifiers(subjectId: string): Promise<Identifier[]> {
  const rows = await db.subjectIdentifier.findMany({
    where: { subjectId },
    select: { kind: true, ciphertext: true, createdAt: true },
    orderBy: [{ kind: "asc" }, { createdAt: "asc" }],
  });
  const keys = await subjectKeysById(rows.map((r) => keyIdOf(r.ciphertext)));
  return rows.map((r) => ({
    kind: r.kind,
    value: decryptPersonal(r.ciphertext, keys.get(keyIdOf(r.ciphertext)) ?? null),
    createdAt: r.createdAt,
  }));
}

async function* consentBatches(subjectId: string): AsyncGenerator<ExportRow[]> {
  let cursor = 0;
  for (;;) {
    const rows = await db.consentRecord.findMany({
      where: { subjectId, id: { gt: cursor } },
      orderBy: { id: "asc" },
      take: 1000,
    });
    if (rows.length === 0) return;
    yield rows.map((r) => ({
      id: r.id,
      purpose: r.purposeKey,
      decision: r.decision,
      noticeVersion: r.noticeVersion,
      source: r.source,
      recordedByType: r.recordedByType,
      recordedAt: r.recordedAt.toISOString(),
    }));
    cursor = rows[rows.length - 1].id;
  }
}

async function readRequests(subjectId: string): Promise<ExportRow[]> {
  const rows = await db.privacyRequest.findMany({ where: { subjectId }, orderBy: { receivedAt: "asc" } });
  return openPersonalValues(
    rows.map((r) => ({
      id: r.id,
      type: r.type,
      state: r.state,
      identifierKind: r.identifierKind,
      identifierHint: r.identifierHint,
      receivedAt: r.receivedAt.toISOString(),
      dueAt: r.dueAt.toISOString(),
      extensionReason: r.extensionReason,
      verificationMethod: r.verificationMethod,
      verificationReference: r.verificationReference,
      verifiedAt: iso(r.verifiedAt),
      approvedAt: iso(r.approvedAt),
      executionStartedAt: iso(r.executionStartedAt),
      completedAt: iso(r.completedAt),
      closedReason: r.closedReason,
      failure: r.failure,
    })),
  );
}

async function readTransitions(subjectId: string): Promise<ExportRow[]> {
  const rows = await db.privacyRequestTransition.findMany({
    where: { request: { subjectId } },
    orderBy: { id: "asc" },
  });
  // Who on the staff did each step is theirs, not the person's: the actor's type only.
  return rows.map((t) => ({
    requestId: t.requestId,
    id: t.id,
    action: t.action,
    fromState: t.fromState,
    toState: t.toState,
    actorType: t.actorType,
    reason: t.reason,
    createdAt: t.createdAt.toISOString(),
  }));
}

/** Console accounts whose email is one of the subject's addresses (never the password hash). */
async function readAccounts(emails: string[]) {
  if (emails.length === 0) return [];
  const candidates = [...new Set(emails.flatMap((e) => [e, e.toLowerCase()]))];
  return db.user.findMany({
    where: { email: { in: candidates } },
    select: {
      id: true,
      email: true,
      name: true,
      isDisabled: true,
      createdAt: true,
      lastSignInAt: true,
      roles: { select: { role: { select: { name: true } } } },
    },
    orderBy: { createdAt: "asc" },
  });
}

/** API keys the accounts own: names and prefixes, never the secret's hash. */
async function readApiKeys(userIds: string[]): Promise<ExportRow[]> {
  if (userIds.length === 0) return [];
  const keys = await db.apiKey.findMany({
    where: { ownerId: { in: userIds } },
    select: {
      name: true,
      prefix: true,
      createdAt: true,
      lastUsedAt: true,
      expiresAt: true,
      revokedAt: true,
      roles: { select: { role: { select: { name: true } } } },
    },
    orderBy: { createdAt: "asc" },
  });
  return keys.map((k) => ({
    name: k.name,
    prefix: keyLabel(k.prefix),
    roles: k.roles.map((r) => r.role.name),
    createdAt: k.createdAt.toISOString(),
    lastUsedAt: iso(k.lastUsedAt),
    expiresAt: iso(k.expiresAt),
    revokedAt: iso(k.revokedAt),
  }));
}

async function* eventBatches(subjectId: string, maxId: number): AsyncGenerator<ExportRow[]> {
  for await (const rows of readSubjectEvents(subjectId, { maxId })) {
    const views = await toEventViews(rows);
    const records = views.map((view, i) => withholdOtherPeople(toExportRecord(view), rows[i], subjectId));
    yield openPersonalValues(records);
  }
}

/**
 * The sections of one subject's export, each read lazily in file order. The account and key
 * sections follow the subject's email identifiers; events are those up to maxId (the export's
 * snapshot), so that the file does not chase events written while it is being made.
 */
export async function readSubjectSections(subjectId: string | null, maxId: number): Promise<ExportSection[]> {
  const identifiers = subjectId ? await readIdentifiers(subjectId) : [];
  const emails = identifiers.flatMap((i) =>
    i.kind === "email" && typeof i.value === "string" ? [i.value] : [],
  );
  const accounts = await readAccounts(emails);
  const empty = async function* (): AsyncGenerator<ExportRow[]> {};
  const sections: Record<SectionName, AsyncIterable<ExportRow[]>> = {
    identifiers: once(async () =>
      identifiers.map((i) => ({ kind: i.kind, value: i.value, createdAt: i.createdAt.toISOString() })),
    ),
    consents: subjectId ? consentBatches(subjectId) : empty(),
    requests: subjectId ? once(() => readRequests(subjectId)) : empty(),
    request_transitions: subjectId ? once(() => readTransitions(subjectId)) : empty(),
    account: once(async () =>
      accounts.map((u) => ({
        id: u.id,
        email: u.email,
        name: u.name,
        roles: u.roles.map((r) => r.role.name),
        isDisabled: u.isDisabled,
        createdAt: u.createdAt.toISOString(),
        lastSignInAt: iso(u.lastSignInAt),
      })),
    ),
    api_keys: once(() => readApiKeys(accounts.map((u) => u.id))),
    audit_events: subjectId ? eventBatches(subjectId, maxId) : empty(),
  };
  return SECTION_NAMES.map((name) => ({ name, batches: sections[name] }));
}
