import "server-only";
import { env } from "@/lib/env";
import { GroupCommit } from "@/lib/audit/group-commit";
import { insertAuditRows, type AuditRow } from "@/lib/audit/insert-audit-rows";
import { prepareAuditRow } from "@/lib/audit/prepare-audit-row";
import type { Principal } from "@/lib/auth/principal";
import type { AuditActor, AuditEventInput } from "@/lib/audit/audit-event-types";
import { namedKeyLabel } from "@/lib/keys/key-label";
import { processSingleton } from "@/lib/process-singleton";

export function actorOf(principal: Principal): AuditActor {
  return principal.type === "user"
    ? { type: "user", id: principal.id, label: principal.email }
    : { type: "api_key", id: principal.id, label: namedKeyLabel(principal) };
}

/** The process-wide audit writer: concurrent events share one INSERT. */
export const auditCommit: GroupCommit<AuditRow> = processSingleton(
  "audit.commit",
  () =>
    new GroupCommit<AuditRow>({
      maxBatch: 500,
      maxConcurrentWrites: env.isPostgres ? 2 : 1,
      write: insertAuditRows,
    }),
);

/** Writes one audit event and resolves once it is committed. */
export async function recordEvent(input: AuditEventInput): Promise<void> {
  await auditCommit.add(await prepareAuditRow(input));
}
