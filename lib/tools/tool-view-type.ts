// The REST API's JSON shape of a tool, built by toToolView (tool-view.ts) and read by the console.
// Types only, so client code may import it.
import type { EffectivePrivacy } from "@/lib/privacy/declarations/effective-declaration";

export type ToolView = {
  id: string;
  serverId: string;
  serverSlug: string;
  name: string;
  exposedName: string;
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
  firstSeenAt: string;
  lastSeenAt: string;
  /** The declaration in force: the tool's own, else its server's default (source says which), else none */
  privacy: EffectivePrivacy;
};
