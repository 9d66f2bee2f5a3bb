// The data-subject request contract shared by the API, the jobs and the console (types only).

export const REQUEST_TYPES = ["access", "erasure"] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

export const REQUEST_STATES = [
  "received",
  "identity_verified",
  "approved",
  "on_hold",
  "executing",
  "completed",
  "rejected",
  "cancelled",
  "failed",
] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

/** What someone (or the system) does to a request; each is one timeline row and one audit event. */
export const REQUEST_ACTIONS = [
  "receive",
  "verify_identity",
  "approve",
  "reject",
  "cancel",
  "extend",
  "hold",
  "release",
  "execute",
  "complete",
  "fail",
  "retry",
] as const;
export type RequestAction = (typeof REQUEST_ACTIONS)[number];

/** overdue: past dueAt; due_1d / due_7d: due within a day / a week; null: closed or not due soon */
export type DueStatus = "overdue" | "due_1d" | "due_7d" | null;

export type RequestPersonView = { id: string; label: string } | null;

export type PrivacyRequestView = {
  id: string;
  type: RequestType;
  state: RequestState;
  subjectId: string | null;
  identifierKind: "email" | "phone" | "external_id";
  identifierHint: string;
  receivedAt: string;
  dueAt: string;
  initialDueAt: string;
  dueStatus: DueStatus;
  extensionReason: string | null;
  receivedBy: RequestPersonView;
  verifiedBy: RequestPersonView;
  approvedBy: RequestPersonView;
  executedBy: RequestPersonView;
  verificationMethod: string | null;
  verifiedAt: string | null;
  approvedAt: string | null;
  executionStartedAt: string | null;
  completedAt: string | null;
  closedReason: string | null;
  failure: string | null;
  hold: { id: string; reason: string } | null;
  /** erasure: step progress while executing */
  progress: { step: string; stepIndex: number; stepCount: number } | null;
  outcome: Record<string, unknown> | null;
  hasCertificate: boolean;
};

export type RequestTransitionView = {
  id: number;
  action: RequestAction;
  fromState: RequestState | null;
  toState: RequestState;
  actor: RequestPersonView;
  actorType: "user" | "api_key" | "system";
  reason: string | null;
  details: Record<string, unknown> | null;
  createdAt: string;
};

export type SubjectExportView = {
  id: string;
  requestId: string;
  format: "json" | "csv" | "xml";
  status: "running" | "complete" | "failed" | "deleted";
  byteCount: number;
  sha256: string | null;
  counts: Record<string, number> | null;
  createdAt: string;
  completedAt: string | null;
  expiresAt: string;
};

export type PrivacyRequestDetailView = PrivacyRequestView & {
  transitions: RequestTransitionView[];
  exports: SubjectExportView[];
  /** what the caller may do now (capability and four-eyes checked), for the console's buttons */
  allowedActions: RequestAction[];
};

/** Counts for the overview and the list's header. */
export type RequestDeadlineSummary = { open: number; due7d: number; due1d: number; overdue: number };
