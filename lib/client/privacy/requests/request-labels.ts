// How the console names request types, states, actions and verification methods.
import { VERIFICATION_METHODS } from "@/lib/privacy/requests/schemas";
import type { DueFilter } from "@/lib/client/privacy/requests/request-filters";
import type { RequestAction, RequestState, RequestType } from "@/lib/privacy/requests/request-types";

export const REQUEST_TYPE_LABELS: Record<RequestType, string> = {
  access: "Access",
  erasure: "Erasure",
};

export const REQUEST_STATE_LABELS: Record<RequestState, string> = {
  received: "Received",
  identity_verified: "Identity verified",
  approved: "Approved",
  on_hold: "On hold",
  executing: "Executing",
  completed: "Completed",
  rejected: "Rejected",
  cancelled: "Cancelled",
  failed: "Failed",
};

export const REQUEST_ACTION_LABELS: Record<RequestAction, string> = {
  receive: "Received",
  verify_identity: "Identity verified",
  approve: "Approved",
  reject: "Rejected",
  cancel: "Cancelled",
  extend: "Deadline extended",
  hold: "Put on hold",
  release: "Hold released",
  execute: "Execution started",
  complete: "Completed",
  fail: "Failed",
  retry: "Retried",
};

export const DUE_FILTER_LABELS: Record<DueFilter, string> = {
  overdue: "Overdue",
  due_1d: "Due within 1 day",
  due_7d: "Due within 7 days",
};

/** The badge beside a due date: shorter than the filter's label. */
export const DUE_BADGE_LABELS: Record<DueFilter, string> = {
  overdue: "Overdue",
  due_1d: "Due in 1 day",
  due_7d: "Due in 7 days",
};

export type VerificationMethod = (typeof VERIFICATION_METHODS)[number];

export const VERIFICATION_METHOD_LABELS: Record<VerificationMethod, string> = {
  email_reply: "Reply from the email address",
  id_document: "Identity document",
  signed_in_account: "Signed-in account",
  other: "Other",
};

/** A stored method's label; a method this console does not know is shown as it is. */
export function verificationMethodLabel(method: string): string {
  const known = VERIFICATION_METHODS.find((m) => m === method);
  return known ? VERIFICATION_METHOD_LABELS[known] : method;
}

export const EXPORT_FORMATS = ["json", "csv", "xml"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const EXPORT_FORMAT_LABELS: Record<ExportFormat, string> = {
  json: "JSON",
  csv: "CSV (zip)",
  xml: "XML",
};
