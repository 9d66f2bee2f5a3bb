import "server-only";
import { db } from "@/lib/db";
import type { LegalHoldView } from "@/lib/audit/retention/retention-views";

type LegalHoldRow = {
  id: string;
  reason: string;
  fromTime: Date | null;
  toTime: Date | null;
  actorId: string | null;
  subjectId: string | null;
  subjectHint: string | null;
  createdById: string | null;
  createdAt: Date;
  releasedAt: Date | null;
  releasedById: string | null;
};

/** Email of each user and name of each API key among the ids (actors, creators, releasers). */
async function principalLabels(ids: ReadonlySet<string>): Promise<Map<string, string>> {
  const list = [...ids];
  if (!list.length) return new Map();
  const [users, keys] = await Promise.all([
    db.user.findMany({ where: { id: { in: list } }, select: { id: true, email: true } }),
    db.apiKey.findMany({ where: { id: { in: list } }, select: { id: true, name: true } }),
  ]);
  return new Map([
    ...users.map((u) => [u.id, u.email] as const),
    ...keys.map((k) => [k.id, `${k.name} (API key)`] as const),
  ]);
}

/** Holds as the API shows them: people and keys by name, never the subject's hash. */
export async function toLegalHoldViews(holds: readonly LegalHoldRow[]): Promise<LegalHoldView[]> {
  const ids = new Set(
    holds.flatMap((h) => [h.actorId, h.createdById, h.releasedById]).filter((id): id is string => !!id),
  );
  const labels = await principalLabels(ids);
  const labelOf = (id: string | null) => (id ? (labels.get(id) ?? null) : null);
  return holds.map((h) => ({
    id: h.id,
    reason: h.reason,
    fromTime: h.fromTime?.toISOString() ?? null,
    toTime: h.toTime?.toISOString() ?? null,
    actorId: h.actorId,
    actorLabel: labelOf(h.actorId),
    subjectId: h.subjectId,
    subjectHint: h.subjectHint,
    createdAt: h.createdAt.toISOString(),
    createdBy: labelOf(h.createdById),
    releasedAt: h.releasedAt?.toISOString() ?? null,
    releasedBy: labelOf(h.releasedById),
    status: h.releasedAt ? "released" : "active",
  }));
}

export const legalHoldSelect = {
  id: true,
  reason: true,
  fromTime: true,
  toTime: true,
  actorId: true,
  subjectId: true,
  subjectHint: true,
  createdById: true,
  createdAt: true,
  releasedAt: true,
  releasedById: true,
} as const;
