import type { AuditActor } from "@/lib/audit/audit-event-types";

/** ConsentRecord.recordedByType/Id for whoever acts: a user, an API key, or the system. */
export function recordedByOf(actor: AuditActor): { recordedByType: string; recordedById: string | null } {
  return actor.type === "user" || actor.type === "api_key"
    ? { recordedByType: actor.type, recordedById: actor.id }
    : { recordedByType: "system", recordedById: null };
}
