import "server-only";
import { env } from "@/lib/env";
import { GroupCommit } from "@/lib/audit/group-commit";
import { insertAuditRows, type AuditRow } from "@/lib/audit/insert-audit-rows";
import { prepareAuditRow } from "@/lib/audit/prepare-audit-row";
import type { Principal } from "@/lib/auth/principal";
import { namedKeyLabel } from "@/lib/keys/key-label";

export type AuditCategory =
  | "auth"
  | "access"
  | "user"
  | "role"
  | "key"
  | "gateway"
  | "server"
  | "tool"
  | "audit"
  | "privacy"
  | "system";
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
  /** The person the event is about: stored encrypted under their subject key, found by keyed hash. */
  subject?: { email: string; id?: string | null; details?: Record<string, unknown> };
  serverId?: string | null;
  tool?: string | null;
  durationMs?: number | null;
  /** Never passwords, tokens or key secrets, and nothing personal (use subject). Searchable as text. */
  details?: Record<string, unknown>;
  /** Tool-call arguments: retention drops them after a while; encrypted when they name a person. */
  payload?: unknown;
  meta?: RequestMeta;
};

export function actorOf(principal: Principal): AuditActor {
  return principal.type === "user"
    ? { type: "user", id: principal.id, label: principal.email }
    : { type: "api_key", id: principal.id, label: namedKeyLabel(principal) };
}

const globalForAudit = globalThis as unknown as { gatehouseAuditCommit?: GroupCommit<AuditRow> };

/** The process-wide audit writer: concurrent events share one INSERT. */
export const auditCommit: GroupCommit<AuditRow> = (globalForAudit.gatehouseAuditCommit ??=
  new GroupCommit<AuditRow>({
    maxBatch: 500,
    maxConcurrentWrites: env.isPostgres ? 2 : 1,
    write: insertAuditRows,
  }));

/** Writes one audit event and resolves once it is committed. */
export async function recordEvent(input: AuditEventInput): Promise<void> {
  await auditCommit.add(await prepareAuditRow(input));
}
