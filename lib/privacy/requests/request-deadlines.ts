// Deadlines of data-subject requests (GDPR Art. 12(3)): one month from receipt, which can be
// extended by two further months where necessary, with the reasons given to the person.
import type { DueStatus, RequestState } from "@/lib/privacy/requests/request-types";
import { isOpen } from "@/lib/privacy/requests/request-state-machine";

const DAY_MS = 86_400_000;
/** The most an extension may add to the initial deadline, in days, in all. */
export const MAX_EXTENSION_DAYS = 60;

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** overdue, due within a day, due within a week, or null (closed, or not due soon). */
export function dueStatusOf(state: RequestState, dueAt: Date, now = new Date()): DueStatus {
  if (!isOpen(state)) return null;
  const left = dueAt.getTime() - now.getTime();
  if (left < 0) return "overdue";
  if (left <= DAY_MS) return "due_1d";
  if (left <= 7 * DAY_MS) return "due_7d";
  return null;
}

/**
 * The due date after extending by `days`, or null when that would take it more than
 * MAX_EXTENSION_DAYS past the initial deadline.
 */
export function extendedDueAt(initialDueAt: Date, dueAt: Date, days: number): Date | null {
  const next = addDays(dueAt, days);
  return next.getTime() - initialDueAt.getTime() > MAX_EXTENSION_DAYS * DAY_MS ? null : next;
}

/** The windows of the list's "due" filter, as dueAt bounds from now. */
export function dueWindow(due: "overdue" | "due_1d" | "due_7d", now = new Date()): { lt: Date; gte?: Date } {
  if (due === "overdue") return { lt: now };
  return { gte: now, lt: addDays(now, due === "due_1d" ? 1 : 7) };
}
