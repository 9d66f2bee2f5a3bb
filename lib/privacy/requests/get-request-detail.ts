import "server-only";
import { db } from "@/lib/db";
import type { Principal } from "@/lib/auth/principal";
import { nextState, TRANSITIONS, type PersonAction } from "@/lib/privacy/requests/request-state-machine";
import { passesFourEyes } from "@/lib/privacy/requests/request-person";
import { findRequestOrThrow } from "@/lib/privacy/requests/record-transition";
import { peopleLabels, toRequestViews, type RequestRow } from "@/lib/privacy/requests/request-view";
import type {
  PrivacyRequestDetailView,
  RequestAction,
  RequestState,
  RequestTransitionView,
  SubjectExportView,
} from "@/lib/privacy/requests/request-types";

const PERSON_ACTIONS = (Object.keys(TRANSITIONS) as (keyof typeof TRANSITIONS)[]).filter(
  (action): action is PersonAction => TRANSITIONS[action].by !== "system",
);

/** What the principal may do to the request now: the state allows it, they hold the capability, four eyes. */
export function allowedActionsFor(request: RequestRow, principal: Principal): RequestAction[] {
  return PERSON_ACTIONS.filter((action) => {
    const rule = TRANSITIONS[action];
    if (rule.by === "system" || !principal.access.capabilities.has(rule.by)) return false;
    if (nextState(request.state as RequestState, action) === null) return false;
    return action !== "approve" || passesFourEyes(request, principal);
  });
}

export async function getRequestDetail(id: string, principal: Principal): Promise<PrivacyRequestDetailView> {
  const request = await findRequestOrThrow(id);
  const [[view], transitions, exports] = await Promise.all([
    toRequestViews([request]),
    db.privacyRequestTransition.findMany({ where: { requestId: id }, orderBy: { id: "asc" } }),
    db.subjectExport.findMany({ where: { requestId: id }, orderBy: { createdAt: "desc" } }),
  ]);
  const labels = await peopleLabels(transitions.map((t) => t.actorId));
  return {
    ...view,
    transitions: transitions.map((t): RequestTransitionView => ({
      id: t.id,
      action: t.action as RequestAction,
      fromState: t.fromState as RequestState | null,
      toState: t.toState as RequestState,
      actor: t.actorId ? { id: t.actorId, label: labels.get(t.actorId) ?? t.actorId } : null,
      actorType: t.actorType as RequestTransitionView["actorType"],
      reason: t.reason,
      details: (t.details as Record<string, unknown> | null) ?? null,
      createdAt: t.createdAt.toISOString(),
    })),
    exports: exports.map((e): SubjectExportView => ({
      id: e.id,
      requestId: e.requestId,
      format: e.format as SubjectExportView["format"],
      status: (e.status === "complete" && e.expiresAt < new Date()
        ? "deleted"
        : e.status) as SubjectExportView["status"],
      byteCount: e.byteCount,
      sha256: e.sha256,
      counts: (e.counts as Record<string, number> | null) ?? null,
      createdAt: e.createdAt.toISOString(),
      completedAt: e.completedAt?.toISOString() ?? null,
      expiresAt: e.expiresAt.toISOString(),
    })),
    allowedActions: allowedActionsFor(request, principal),
  };
}
