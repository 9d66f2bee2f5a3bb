import "server-only";
import { db } from "@/lib/db";
import { onChange } from "@/lib/cache/change-feed";
import { findDistinctValues } from "@/lib/audit/search/find-distinct-values";
import { keyLabel } from "@/lib/keys/key-label";
import { processSingleton } from "@/lib/process-singleton";

/** What the audit page's pickers offer, and the names it shows for the ids in events. */
export type AuditFacets = {
  servers: { id: string; slug: string; name: string }[];
  users: { id: string; email: string }[];
  /** prefix as keys are shown everywhere: "ghk_…" */
  apiKeys: { id: string; name: string; prefix: string }[];
  actions: string[];
  tools: string[];
};

const CACHE_MS = 60_000;
const MAX_VALUES = 1000;

type Cached = { facets: Promise<AuditFacets>; expiresAt: number };
// A new, renamed or deleted key or server is announced on the change feed: name it at once
// rather than a minute later. New actions and tools may still take up to a minute to appear.
const state = processSingleton("audit.facets", () => {
  const created: { cached?: Cached } = {};
  onChange(() => {
    created.cached = undefined;
  });
  return created;
});

async function loadFacets(): Promise<AuditFacets> {
  const [servers, users, apiKeys, actions, tools] = await Promise.all([
    db.upstreamServer.findMany({ select: { id: true, slug: true, name: true }, orderBy: { slug: "asc" } }),
    db.user.findMany({ select: { id: true, email: true }, orderBy: { email: "asc" } }),
    db.apiKey.findMany({ select: { id: true, name: true, prefix: true }, orderBy: { name: "asc" } }),
    findDistinctValues("action", MAX_VALUES),
    findDistinctValues("tool", MAX_VALUES),
  ]);
  return {
    servers,
    users,
    apiKeys: apiKeys.map((key) => ({ ...key, prefix: keyLabel(key.prefix) })),
    actions,
    tools,
  };
}

/**
 * Facets for the audit search, shared by everyone holding audit:read (compliance officers cannot
 * list servers or keys themselves). Kept in memory for a minute (dropped sooner when keys, users'
 * roles or servers change): a picker may lag a new action, tool or user by that long, and
 * refining a search never reaches the database for them.
 */
export async function getAuditFacets(now = Date.now()): Promise<AuditFacets> {
  const cached = state.cached;
  if (cached && cached.expiresAt > now) return cached.facets;
  const facets = loadFacets();
  state.cached = { facets, expiresAt: now + CACHE_MS };
  // A failed load is not cached: the next request tries again.
  facets.catch(() => {
    if (state.cached?.facets === facets) state.cached = undefined;
  });
  return facets;
}
