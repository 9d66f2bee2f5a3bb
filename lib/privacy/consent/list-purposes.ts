import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { PurposeView } from "@/lib/privacy/consent/consent-view-type";
import { LEGAL_BASES } from "@/lib/privacy/consent/schemas";

type PurposeRow = {
  key: string;
  name: string;
  description: string;
  legalBasis: string;
  isBuiltIn: boolean;
  createdAt: Date;
  updatedAt: Date;
};

function toPurposeView(row: PurposeRow, recordCount: number): PurposeView {
  return {
    key: row.key,
    name: row.name,
    description: row.description,
    // A basis outside the list cannot be written through the API; read it as the strictest.
    legalBasis: LEGAL_BASES.find((b) => b === row.legalBasis) ?? "consent",
    isBuiltIn: row.isBuiltIn,
    recordCount,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function recordCounts(keys?: string[]): Promise<Map<string, number>> {
  const groups = await db.consentRecord.groupBy({
    by: ["purposeKey"],
    where: keys ? { purposeKey: { in: keys } } : {},
    _count: { _all: true },
  });
  return new Map(groups.map((g) => [g.purposeKey, g._count._all]));
}

/** Built-ins first, then custom purposes by key. */
export async function listPurposes(): Promise<PurposeView[]> {
  const [rows, counts] = await Promise.all([
    db.purpose.findMany({ orderBy: [{ isBuiltIn: "desc" }, { key: "asc" }] }),
    recordCounts(),
  ]);
  return rows.map((row) => toPurposeView(row, counts.get(row.key) ?? 0));
}

export async function getPurposeOrThrow(key: string): Promise<PurposeView> {
  const row = await db.purpose.findUnique({ where: { key } });
  if (!row) throw new AppError("not_found", `No purpose with key ${key}.`);
  return toPurposeView(row, (await recordCounts([key])).get(key) ?? 0);
}
