import "server-only";
import { db, type Prisma } from "@/lib/db";
import { dueWindow } from "@/lib/privacy/requests/request-deadlines";
import { OPEN_STATES } from "@/lib/privacy/requests/request-state-machine";
import { toRequestViews } from "@/lib/privacy/requests/request-view";
import type { ListRequestsQuery } from "@/lib/privacy/requests/schemas";
import type { PrivacyRequestView, RequestDeadlineSummary } from "@/lib/privacy/requests/request-types";

const open = { state: { in: [...OPEN_STATES] } };

/** Newest first, filtered by state, type and deadline ("due" counts only open requests). */
export async function listRequests(
  query: ListRequestsQuery,
  now = new Date(),
): Promise<{ requests: PrivacyRequestView[]; nextCursor: string | null }> {
  const where: Prisma.PrivacyRequestWhereInput = {
    ...(query.state ? { state: query.state } : {}),
    ...(query.type ? { type: query.type } : {}),
    ...(query.due ? { AND: [open, { dueAt: dueWindow(query.due, now) }] } : {}),
  };
  const rows = await db.privacyRequest.findMany({
    where,
    orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, query.limit);
  return {
    requests: await toRequestViews(page, now),
    nextCursor: rows.length > query.limit ? page[page.length - 1].id : null,
  };
}

/** Open requests and how many are due within 7 days, within a day, or overdue (due7d includes due1d). */
export async function requestDeadlineSummary(now = new Date()): Promise<RequestDeadlineSummary> {
  const count = (where: Prisma.PrivacyRequestWhereInput) =>
    db.privacyRequest.count({ where: { ...open, ...where } });
  const [openCount, due7d, due1d, overdue] = await Promise.all([
    count({}),
    count({ dueAt: dueWindow("due_7d", now) }),
    count({ dueAt: dueWindow("due_1d", now) }),
    count({ dueAt: dueWindow("overdue", now) }),
  ]);
  return { open: openCount, due7d, due1d, overdue };
}
