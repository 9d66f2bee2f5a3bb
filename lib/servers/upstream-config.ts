import "server-only";
import { openJson } from "@/lib/crypto/seal";
import type { Connection, Transport } from "@/lib/servers/schemas";

/** A server's resilience settings, as stored; the gateway builds its policies from them. */
export type UpstreamPolicyConfig = {
  timeoutMs: number;
  maxConcurrent: number;
  maxQueue: number;
  breakerFailureThreshold: number;
  breakerHalfOpenAfterMs: number;
  breakerSuccessThreshold: number;
};

export type UpstreamConfig = {
  id: string;
  slug: string;
  name: string;
  isEnabled: boolean;
  autoApprove: boolean;
  connection: Connection;
  policy: UpstreamPolicyConfig;
};

export type UpstreamServerRow = {
  id: string;
  slug: string;
  name: string;
  transport: string;
  command: string | null;
  args: unknown;
  envEncrypted: string | null;
  url: string | null;
  headersEncrypted: string | null;
  isEnabled: boolean;
  autoApprove: boolean;
} & UpstreamPolicyConfig;

/** A stored server with its secrets decrypted, for the gateway process only. */
export function toUpstreamConfig(row: UpstreamServerRow): UpstreamConfig {
  const transport = row.transport as Transport;
  const connection: Connection =
    transport === "stdio"
      ? {
          transport,
          command: row.command ?? "",
          args: Array.isArray(row.args) ? row.args.map(String) : [],
          env: row.envEncrypted ? openJson<Record<string, string>>(row.envEncrypted) : undefined,
        }
      : {
          transport,
          url: row.url ?? "",
          headers: row.headersEncrypted ? openJson<Record<string, string>>(row.headersEncrypted) : undefined,
        };
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    isEnabled: row.isEnabled,
    autoApprove: row.autoApprove,
    connection,
    policy: {
      timeoutMs: row.timeoutMs,
      maxConcurrent: row.maxConcurrent,
      maxQueue: row.maxQueue,
      breakerFailureThreshold: row.breakerFailureThreshold,
      breakerHalfOpenAfterMs: row.breakerHalfOpenAfterMs,
      breakerSuccessThreshold: row.breakerSuccessThreshold,
    },
  };
}
