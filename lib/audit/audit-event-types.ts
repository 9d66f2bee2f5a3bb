// Types only, so that callers naming an actor or request metadata do not load the audit writer
// (record-event.ts), which creates the process-wide group commit.
import type { Principal } from "@/lib/auth/principal";

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
  /** The data subject's pseudonym ("ds_…") when the caller already knows it. */
  subjectId?: string | null;
  /**
   * The person the event is about, by email: the event is stored with subjectId = their registry
   * pseudonym and `{ email, ...details }` encrypted under their subject key. `id` (their user id,
   * not personal) becomes the target when the event names none.
   */
  subject?: { email: string; id?: string | null; details?: Record<string, unknown> };
  /**
   * The data subject (lib/privacy/subjects) a gateway call is about: the event is stored with
   * subjectId = their pseudonym and the payload encrypted under their key (keyId).
   */
  dataSubject?: { id: string; keyId: string };
  serverId?: string | null;
  tool?: string | null;
  durationMs?: number | null;
  /** Never passwords, tokens or key secrets, and nothing personal (use subject). Searchable as text. */
  details?: Record<string, unknown>;
  /** Tool-call arguments: retention drops them after a while; encrypted when they name a person. */
  payload?: unknown;
  /** ip and user agent: stored under the subject key of the person the event concerns, if any */
  meta?: RequestMeta;
};

/** Who performs an audited change: the principal (for containment checks), the actor written to the event. */
export type AuditBy = { principal: Principal | null; actor: AuditActor; meta?: RequestMeta };

/** AuditBy for changes that do not check the principal's own access. */
export type AuditByActor = Omit<AuditBy, "principal">;
