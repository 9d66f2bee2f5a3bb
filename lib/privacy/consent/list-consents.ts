import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { SqlParams } from "@/lib/db/dialect";
import type { ConsentRecordView } from "@/lib/privacy/consent/consent-view-type";
import { toConsentViews } from "@/lib/privacy/consent/consent-view";
import type { listConsentsQuerySchema } from "@/lib/privacy/consent/schemas";

export type ListConsentsQuery = z.output<typeof listConsentsQuerySchema>;
export type ConsentPage = { records: ConsentRecordView[]; nextCursor: number | null };

/**
 * Ids of the records in force (no later record for the same subject and purpose) matching the
 * filters, newest first. NOT EXISTS reads the same on SQLite and PostgreSQL and uses the
 * [subjectId, purposeKey, id] index.
 */
async function currentRecordIds(query: ListConsentsQuery, take: number): Promise<number[]> {
  const params = new SqlParams();
  const where = [
    `NOT EXISTS (SELECT 1 FROM "ConsentRecord" n WHERE n."subjectId" = c."subjectId" AND n."purposeKey" = c."purposeKey" AND n."id" > c."id")`,
  ];
  if (query.subjectId) where.push(`c."subjectId" = ${params.add(query.subjectId)}`);
  if (query.purpose) where.push(`c."purposeKey" = ${params.add(query.purpose)}`);
  if (query.decision) where.push(`c."decision" = ${params.add(query.decision)}`);
  if (query.cursor) where.push(`c."id" < ${params.add(query.cursor)}`);
  const rows = await db.$queryRawUnsafe<{ id: unknown }[]>(
    `SELECT c."id" FROM "ConsentRecord" c WHERE ${where.join(" AND ")} ORDER BY c."id" DESC LIMIT ${params.add(take)}`,
    ...params.values,
  );
  return rows.map((row) => Number(row.id));
}

/**
 * Consent records newest first, filtered; with current=true only each subject's latest record per
 * purpose (what is in force), otherwise the full history. nextCursor: pass it as cursor for the next page.
 */
export async function listConsents(query: ListConsentsQuery): Promise<ConsentPage> {
  const take = query.limit + 1;
  const rows =
    query.current === "true"
      ? await db.consentRecord.findMany({
          where: { id: { in: await currentRecordIds(query, take) } },
          orderBy: { id: "desc" },
        })
      : await db.consentRecord.findMany({
          where: {
            ...(query.subjectId ? { subjectId: query.subjectId } : {}),
            ...(query.purpose ? { purposeKey: query.purpose } : {}),
            ...(query.decision ? { decision: query.decision } : {}),
            ...(query.cursor ? { id: { lt: query.cursor } } : {}),
          },
          orderBy: { id: "desc" },
          take,
        });
  const page = rows.slice(0, query.limit);
  return {
    records: await toConsentViews(page),
    nextCursor: rows.length > query.limit ? page[page.length - 1].id : null,
  };
}
