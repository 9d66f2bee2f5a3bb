import "server-only";
import { effectivePrivacy } from "@/lib/privacy/declarations/effective-declaration";
import type { ToolView } from "@/lib/tools/tool-view-type";

export const toolViewInclude = { server: { select: { slug: true, privacyDefault: true } } } as const;

type ToolRow = {
  id: string;
  serverId: string;
  name: string;
  title: string | null;
  description: string;
  inputSchema: unknown;
  outputSchema: unknown;
  annotations: unknown;
  definitionHash: string;
  status: string;
  isEnabled: boolean;
  timeoutMs: number | null;
  pendingHash: string | null;
  firstSeenAt: Date;
  lastSeenAt: Date;
  privacy: unknown;
  server: { slug: string; privacyDefault: unknown };
};

/** Tool text comes from upstreams: the console must render it as text, never as HTML. */
export function toToolView(row: ToolRow): ToolView {
  return {
    id: row.id,
    serverId: row.serverId,
    serverSlug: row.server.slug,
    name: row.name,
    exposedName: `${row.server.slug}__${row.name}`,
    title: row.title,
    description: row.description,
    inputSchema: row.inputSchema,
    outputSchema: row.outputSchema ?? null,
    annotations: row.annotations ?? null,
    definitionHash: row.definitionHash,
    status: row.status,
    isEnabled: row.isEnabled,
    timeoutMs: row.timeoutMs,
    pendingHash: row.pendingHash,
    firstSeenAt: row.firstSeenAt.toISOString(),
    lastSeenAt: row.lastSeenAt.toISOString(),
    privacy: effectivePrivacy(row.privacy, row.server.privacyDefault),
  };
}
