import "server-only";
import { GroupCommit } from "@/lib/audit/group-commit";
import { insertAuditRows, type AuditRow } from "@/lib/audit/insert-audit-rows";
import type { Principal } from "@/lib/auth/principal";

export type AuditCategory = "auth" | "access" | "user" | "role" | "key" | "gateway" | "server" | "tool" | "system";
export type AuditResult = "success" | "failure" | "denied" | "error";

export type AuditActor =
  | { type: "user"; id: string; label: string }
  | { type: "api_key"; id: string; label: string }
  | { type: "system" }
  | { type: "anonymous"; label?: string };

export type RequestMeta = { ip?: string | null; userAgent?: string | null; correlationId?: string | null };

export type AuditEventInput = {
  category: AuditCategory;
  action: string;
  result: AuditResult;
  actor: AuditActor;
  target?: string | null;
  subjectId?: string | null;
  serverId?: string | null;
  tool?: string | null;
  durationMs?: number | null;
  /** Never passwords, tokens or key secrets. */
  details?: Record<string, unknown>;
  meta?: RequestMeta;
};

export function actorOf(principal: Principal): AuditActor {
  return principal.type === "user"
    ? { type: "user", id: principal.id, label: principal.email }
    : { type: "api_key", id: principal.id, label: `${principal.name} (ghk_${principal.prefix})` };
}


const globalForAudit = globalThis as unknown as { gatehouseAuditCommit?: GroupCommit<AuditRow> };

/** The process-wide audit writer: concurrent events share one INSERT. */
export const auditCommit: GroupCommit<AuditRow> = (globalForAudit.gatehouseAuditCommit ??= new GroupCommit<AuditRow>({
  maxBatch: 500,
  write: insertAuditRows,
}));

/** Writes one audit event and resolves once it is committed. */
export async function recordEvent(input: AuditEventInput): Promise<void> {
  const actor = input.actor;
  await auditCommit.add({
    createdAt: new Date(),
    category: input.category,
    action: input.action,
    result: input.result,
    actorType: actor.type,
    actorId: "id" in actor ? actor.id : null,
    actorLabel: "label" in actor ? (actor.label ?? null) : null,
    target: input.target ?? null,
    subjectId: input.subjectId ?? null,
    serverId: input.serverId ?? null,
    tool: input.tool ?? null,
    durationMs: input.durationMs ?? null,
    details: input.details === undefined ? null : input.details,
    ip: input.meta?.ip ?? null,
    userAgent: input.meta?.userAgent?.slice(0, 512) ?? null,
    correlationId: input.meta?.correlationId ?? null,
  });
}
