// A small, known audit trail for the search tests: events written through the real row builder
// (encryption, hashing) at chosen times inside one hour of 2026 that nothing else writes to.
import { db } from "@/lib/db";
import { auditSearchQuerySchema } from "@/lib/audit/search/audit-filters";
import { searchAuditEvents, type AuditSearchPage } from "@/lib/audit/search/search-audit-events";
import { insertAuditRows } from "@/lib/audit/insert-audit-rows";
import { prepareAuditRow } from "@/lib/audit/prepare-audit-row";
import type { AuditEventInput } from "@/lib/audit/audit-event-types";
import type { AuditEventView } from "@/lib/audit/event-view";

export const WINDOW_START = new Date("2026-03-01T10:00:00.000Z");
export const WINDOW_END = new Date("2026-03-01T11:00:00.000Z");
/** Limits a search to the scenario's hour. */
export const IN_WINDOW = { from: WINDOW_START.toISOString(), to: WINDOW_END.toISOString() };

export function minutesIn(minutes: number): Date {
  return new Date(WINDOW_START.getTime() + minutes * 60_000);
}

/** Writes events (in order) and returns their ids. */
export async function insertEvents(
  events: readonly { input: AuditEventInput; at: Date }[],
): Promise<number[]> {
  const rows = [];
  for (const { input, at } of events) rows.push(await prepareAuditRow(input, at));
  await insertAuditRows(rows);
  const stored = await db.auditEvent.findMany({
    where: { hash: { in: rows.map((r) => r.hash) } },
    select: { id: true, hash: true },
  });
  const idByHash = new Map(stored.map((s) => [s.hash, s.id]));
  return rows.map((row) => {
    const id = idByHash.get(row.hash);
    if (id === undefined) throw new Error("an inserted event was not found by its hash");
    return id;
  });
}

export async function insertEvent(input: AuditEventInput, at: Date): Promise<number> {
  const [id] = await insertEvents([{ input, at }]);
  return id;
}

/** One page, with the parameters given as the URL would carry them. */
export async function searchPage(params: Record<string, string>): Promise<AuditSearchPage> {
  return searchAuditEvents(auditSearchQuerySchema.parse(params));
}

/** Every matching event, following nextCursor page by page. */
export async function searchAll(params: Record<string, string>): Promise<AuditEventView[]> {
  const events: AuditEventView[] = [];
  let before: number | null = null;
  for (let pages = 0; pages < 1000; pages++) {
    const page = await searchPage(before === null ? params : { ...params, before: String(before) });
    events.push(...page.events);
    if (page.nextCursor === null) return events;
    before = page.nextCursor;
  }
  throw new Error("pagination did not end");
}

export async function idsOf(params: Record<string, string>): Promise<number[]> {
  return (await searchAll(params)).map((e) => e.id);
}

/** Ids newest first, as the search returns them. */
export function newestFirst(...ids: number[]): number[] {
  return [...ids].sort((a, b) => b - a);
}
