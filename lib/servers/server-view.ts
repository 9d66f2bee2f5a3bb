import "server-only";
import type { PolicySnapshot } from "@/lib/gateway/resilience/upstream-policies";
import { maskUrl, maskUrlsInText } from "@/lib/servers/mask-url";
import type { UpstreamPolicyConfig } from "@/lib/servers/upstream-config";
import {
  parseStoredDeclaration,
  type PrivacyDeclaration,
} from "@/lib/privacy/declarations/privacy-declaration";

/**
 * The API's view of a server: connection details without secret values (only their names); the
 * URL with secret-looking query values masked. lastError was scrubbed when it was written
 * (lib/gateway/describe-connection-error.ts); URL credentials are masked again here for rows
 * written before that.
 */
export type ServerView = {
  id: string;
  slug: string;
  name: string;
  description: string;
  transport: string;
  command: string | null;
  args: string[];
  url: string | null;
  envKeys: string[];
  headerKeys: string[];
  isEnabled: boolean;
  autoApprove: boolean;
  healthStatus: string;
  lastError: string | null;
  lastCheckedAt: string | null;
  lastSyncedAt: string | null;
  serverInfo: unknown;
  createdAt: string;
  updatedAt: string;
  /** rejected: the upstream's changed definition was rejected, so the tool stays held */
  toolCounts: { active: number; pendingReview: number; rejected: number; removed: number; disabled: number };
  connected: boolean;
  policies: PolicySnapshot | null;
  /** gateway calls (tools/call, prompts/get, resources/read) in the last hour, and those that failed upstream */
  callsLastHour: number;
  errorsLastHour: number;
  /** What its tools without a declaration of their own, its prompts and resources declare */
  privacyDefault: PrivacyDeclaration | null;
} & UpstreamPolicyConfig;

export type ServerRow = {
  id: string;
  slug: string;
  name: string;
  description: string;
  transport: string;
  command: string | null;
  args: unknown;
  url: string | null;
  envKeys: unknown;
  headerKeys: unknown;
  isEnabled: boolean;
  autoApprove: boolean;
  healthStatus: string;
  lastError: string | null;
  lastCheckedAt: Date | null;
  lastSyncedAt: Date | null;
  serverInfo: unknown;
  createdAt: Date;
  updatedAt: Date;
  privacyDefault: unknown;
} & UpstreamPolicyConfig;

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

export function toServerView(
  row: ServerRow,
  extra: Pick<ServerView, "toolCounts" | "connected" | "policies" | "callsLastHour" | "errorsLastHour">,
): ServerView {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    transport: row.transport,
    command: row.command,
    args: strings(row.args),
    url: row.url === null ? null : maskUrl(row.url),
    envKeys: strings(row.envKeys),
    headerKeys: strings(row.headerKeys),
    isEnabled: row.isEnabled,
    autoApprove: row.autoApprove,
    timeoutMs: row.timeoutMs,
    maxConcurrent: row.maxConcurrent,
    maxQueue: row.maxQueue,
    breakerFailureThreshold: row.breakerFailureThreshold,
    breakerHalfOpenAfterMs: row.breakerHalfOpenAfterMs,
    breakerSuccessThreshold: row.breakerSuccessThreshold,
    healthStatus: row.healthStatus,
    lastError: row.lastError === null ? null : maskUrlsInText(row.lastError),
    lastCheckedAt: row.lastCheckedAt?.toISOString() ?? null,
    lastSyncedAt: row.lastSyncedAt?.toISOString() ?? null,
    serverInfo: row.serverInfo ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    privacyDefault: parseStoredDeclaration(row.privacyDefault),
    ...extra,
  };
}
