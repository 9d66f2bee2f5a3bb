import "server-only";
import { findAuditEventRows } from "@/lib/audit/search/query-audit-events";
import type { EventRow } from "@/lib/audit/seal/sealed-items";

/** Events with ids in (afterId, upToId], in id order, as the verifier hashes them. */
export function readEventRows(afterId: number, upToId: number, take: number): Promise<EventRow[]> {
  return findAuditEventRows({}, { order: "asc", cursor: afterId, maxId: upToId, limit: take });
}
