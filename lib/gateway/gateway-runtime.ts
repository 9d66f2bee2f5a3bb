import "server-only";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { announceChange } from "@/lib/cache/change-feed";
import { CatalogIndex } from "@/lib/gateway/catalog-index";
import { listUpstreamCatalog } from "@/lib/gateway/list-upstream-catalog";
import { UpstreamConnection } from "@/lib/gateway/upstream-connection";
import { scrubSecrets, secretValuesOf } from "@/lib/servers/scrub-secrets";
import {
  disposeUpstreamPolicies,
  getUpstreamPolicies,
  type UpstreamPolicies,
} from "@/lib/gateway/resilience/upstream-policies";
import { forgetUpstreamMetrics, setBreakerState } from "@/lib/metrics/gateway-metrics";
import { noteServerInflight } from "@/lib/metrics/rollups/rollup-recorder";
import { recordUpstreamState } from "@/lib/metrics/rollups/record-upstream-state";
import { toUpstreamConfig, type UpstreamConfig } from "@/lib/servers/upstream-config";
import type { CatalogSync } from "@/lib/gateway/catalog-sync";
import type { ToolSyncSummary } from "@/lib/tools/sync-tools";

export type ServerEntry = {
  config: UpstreamConfig;
  connection: UpstreamConnection;
  policies: UpstreamPolicies;
  fingerprint: string;
};

const CONNECT_TIMEOUT_MS = 15_000;

function policiesFor(config: UpstreamConfig): UpstreamPolicies {
  return getUpstreamPolicies(config.id, config.policy, {
    name: `Upstream "${config.slug}"`,
    onBreakerStateChange: (state) => {
      setBreakerState(config.slug, state);
      void recordUpstreamState(config.slug, "breaker", state);
    },
    onCallStarted: (active) => noteServerInflight(config.slug, active),
  });
}

/**
 * The gateway's process-wide state: one supervised connection and one set of resilience policies
 * per enabled upstream, and the in-memory catalog the hot path reads. reload() rebuilds it from
 * the database after any change; connections are kept when their configuration did not change,
 * and new ones are opened at once.
 */
export class GatewayRuntime {
  readonly servers = new Map<string, ServerEntry>();
  catalog = new CatalogIndex(new Map(), { tools: [], prompts: [], resources: [] });
  private reloading: Promise<void> | null = null;
  /** The one reload queued behind the running one; everyone who asks meanwhile shares it. */
  private followUp: Promise<void> | null = null;
  private refreshing = new Map<string, Promise<ToolSyncSummary>>();

  /** `syncCatalog` stores what refreshServer() lists; passed in so this state loads no writers. */
  constructor(private readonly syncCatalog: CatalogSync) {}

  /**
   * Rebuilds servers and catalog from the database. The promise settles once a reload that
   * started after this call has finished, so the caller's change is in it: the reload already
   * running may have read the database before that change (servers registered during one were
   * only picked up by the next change, half a minute later). Calls during a reload coalesce
   * into one more, never more than one running at a time.
   */
  reload(): Promise<void> {
    if (this.followUp) return this.followUp;
    if (this.reloading) {
      this.followUp = this.reloading
        .catch(() => undefined)
        .then(() => {
          this.followUp = null;
          return this.reload();
        });
      return this.followUp;
    }
    this.reloading = this.load().finally(() => (this.reloading = null));
    return this.reloading;
  }

  private async load(): Promise<void> {
    const rows = await db.upstreamServer.findMany();
    const enabled = rows.filter((row) => row.isEnabled);
    const stopping: Promise<void>[] = [];
    const started: ServerEntry[] = [];
    for (const [id, entry] of this.servers) {
      if (!enabled.some((row) => row.id === id)) stopping.push(this.stopServer(id, entry));
    }
    for (const row of enabled) {
      const config = toUpstreamConfig(row);
      const fingerprint = JSON.stringify(config.connection);
      const existing = this.servers.get(row.id);
      if (existing && existing.fingerprint === fingerprint) {
        existing.config = config;
        existing.policies = policiesFor(config);
        continue;
      }
      if (existing) stopping.push(this.stopServer(row.id, existing));
      const entry = this.startServer(config, fingerprint);
      this.servers.set(row.id, entry);
      started.push(entry);
    }
    const slugs = new Map(enabled.map((row) => [row.id, row.slug]));
    const serverIds = [...slugs.keys()];
    const [tools, prompts, resources] = await Promise.all([
      db.tool.findMany({
        where: { serverId: { in: serverIds }, status: { not: "removed" }, isEnabled: true },
      }),
      db.prompt.findMany({ where: { serverId: { in: serverIds }, status: "active" } }),
      db.resource.findMany({ where: { serverId: { in: serverIds }, status: "active" } }),
    ]);
    const privacyDefaults = new Map(enabled.map((row) => [row.id, row.privacyDefault]));
    this.catalog = new CatalogIndex(slugs, { tools, prompts, resources }, privacyDefaults);
    // A server registered, enabled or reconfigured now is connected now (discovery follows on
    // connect), not at the next health check or first call.
    for (const entry of started) entry.connection.getClient().catch(() => undefined);
    await Promise.all(stopping);
  }

  private startServer(config: UpstreamConfig, fingerprint: string): ServerEntry {
    const connection = new UpstreamConnection(
      config.connection,
      `${config.name} (${config.slug})`,
      CONNECT_TIMEOUT_MS,
      {
        // Refresh on every (re)connect and whenever the upstream says its lists changed.
        // The upstream's answer may quote its secrets (lib/servers/scrub-secrets.ts).
        onConnected: () =>
          void this.refreshServer(config.id).catch((error) =>
            log.warn("registry refresh failed", {
              server: config.slug,
              error: scrubSecrets(String(error), secretValuesOf(config.connection)),
            }),
          ),
        onListChanged: () => void this.refreshServer(config.id).catch(() => undefined),
      },
    );
    return { config, connection, policies: policiesFor(config), fingerprint };
  }

  private async stopServer(id: string, entry: ServerEntry): Promise<void> {
    this.servers.delete(id);
    disposeUpstreamPolicies(id);
    forgetUpstreamMetrics(entry.config.slug);
    await entry.connection.close();
  }

  /** Lists what the upstream offers now and stores it (pinning and review apply), then reloads. */
  refreshServer(serverId: string): Promise<ToolSyncSummary> {
    const running = this.refreshing.get(serverId);
    if (running) return running;
    const refresh = (async () => {
      const entry = this.servers.get(serverId);
      if (!entry) throw new Error("The server is disabled or unknown.");
      const client = await entry.connection.getClient();
      // Discovery may take longer than a call is allowed to: never less than the connect timeout.
      const catalog = await listUpstreamCatalog(
        client,
        Math.max(entry.config.policy.timeoutMs, CONNECT_TIMEOUT_MS),
      );
      const server = { id: serverId, slug: entry.config.slug, autoApprove: entry.config.autoApprove };
      const summary = await this.syncCatalog(server, catalog, {
        ...client.getServerVersion(),
        capabilities: client.getServerCapabilities() ?? {},
      });
      await announceChange();
      return summary;
    })().finally(() => this.refreshing.delete(serverId));
    this.refreshing.set(serverId, refresh);
    return refresh;
  }

  /** Connects every enabled upstream in the background (start-up). */
  connectAll(): void {
    for (const entry of this.servers.values()) entry.connection.getClient().catch(() => undefined);
  }

  async shutdown(): Promise<void> {
    await Promise.all([...this.servers.entries()].map(([id, entry]) => this.stopServer(id, entry)));
  }
}
