import "server-only";
import { db, type PrivacyRequestRow } from "@/lib/db";
import { dueStatusOf } from "@/lib/privacy/requests/request-deadlines";
import type {
  PrivacyRequestView,
  RequestPersonView,
  RequestState,
  RequestType,
} from "@/lib/privacy/requests/request-types";

export type RequestRow = PrivacyRequestRow;

type Labels = Map<string, string>;

/** A user's name or email, or an API key's name, for each id (people shown on requests and timelines). */
export async function peopleLabels(ids: Iterable<string | null>): Promise<Labels> {
  const wanted = [...new Set([...ids].filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Map();
  const [users, keys] = await Promise.all([
    db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true, email: true } }),
    db.apiKey.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } }),
  ]);
  return new Map([
    ...users.map((u) => [u.id, u.name ?? u.email] as const),
    ...keys.map((k) => [k.id, `key ${k.name}`] as const),
  ]);
}

function person(labels: Labels, id: string | null): RequestPersonView {
  return id ? { id, label: labels.get(id) ?? id } : null;
}

export function peopleOf(row: RequestRow): (string | null)[] {
  return [row.receivedById, row.verifiedById, row.approvedById, row.executedById];
}

function progressOf(value: unknown): PrivacyRequestView["progress"] {
  if (typeof value !== "object" || value === null) return null;
  const { step, stepIndex, stepCount } = value as Record<string, unknown>;
  return typeof step === "string" && typeof stepIndex === "number" && typeof stepCount === "number"
    ? { step, stepIndex, stepCount }
    : null;
}

export async function toRequestViews(rows: RequestRow[], now = new Date()): Promise<PrivacyRequestView[]> {
  const labels = await peopleLabels(rows.flatMap(peopleOf));
  const holdIds = rows.map((r) => r.holdId).filter((id): id is string => !!id);
  const holds = holdIds.length
    ? new Map(
        (
          await db.legalHold.findMany({ where: { id: { in: holdIds } }, select: { id: true, reason: true } })
        ).map((h) => [h.id, h]),
      )
    : new Map<string, { id: string; reason: string }>();
  return rows.map((row) => {
    const state = row.state as RequestState;
    return {
      id: row.id,
      type: row.type as RequestType,
      state,
      subjectId: row.subjectId,
      identifierKind: row.identifierKind as PrivacyRequestView["identifierKind"],
      identifierHint: row.identifierHint,
      receivedAt: row.receivedAt.toISOString(),
      dueAt: row.dueAt.toISOString(),
      initialDueAt: row.initialDueAt.toISOString(),
      dueStatus: dueStatusOf(state, row.dueAt, now),
      extensionReason: row.extensionReason,
      receivedBy: person(labels, row.receivedById),
      verifiedBy: person(labels, row.verifiedById),
      approvedBy: person(labels, row.approvedById),
      executedBy: person(labels, row.executedById),
      verificationMethod: row.verificationMethod,
      verifiedAt: row.verifiedAt?.toISOString() ?? null,
      approvedAt: row.approvedAt?.toISOString() ?? null,
      executionStartedAt: row.executionStartedAt?.toISOString() ?? null,
      completedAt: row.completedAt?.toISOString() ?? null,
      closedReason: row.closedReason,
      failure: row.failure,
      hold:
        row.holdId && state === "on_hold" ? (holds.get(row.holdId) ?? { id: row.holdId, reason: "" }) : null,
      progress: state === "executing" || state === "failed" ? progressOf(row.progress) : null,
      outcome: (row.outcome as Record<string, unknown> | null) ?? null,
      hasCertificate: row.certificate !== null,
    };
  });
}
