import type { SqlParams } from "@/lib/db/dialect";

/** One condition over AuditEvent's columns, written with the statement's parameters. */
export type EventCondition = (params: SqlParams) => string;

/**
 * Which audit events belong to a data subject: they acted (actorSubjectId) or the event is about
 * them (subjectId). Given as alternatives, each answered by its own (column, id) index: the reader
 * pages through each and merges them, because one OR over two columns makes both databases
 * collect and sort every remaining match for every batch. The shared rule
 * (lib/audit/search/subject-events-condition.ts, with legacy keyed hashes) can replace this
 * function; a single condition is simply a list of one, and the reader awaits the answer once per
 * export, so an async rule fits too, e.g.
 *   async (id) => [(p) => subjectEventsSql({ id, legacyHashes: await legacyHashesOfSubject(id) }, p)]
 * (one OR over four columns: measured 1.4x slower than two indexed branches on SQLite, 100,000 events).
 */
export function subjectEventsWhere(subjectId: string): EventCondition[] | Promise<EventCondition[]> {
  return [
    (params) => `"actorSubjectId" = ${params.add(subjectId)}`,
    (params) => `"subjectId" = ${params.add(subjectId)}`,
  ];
}
