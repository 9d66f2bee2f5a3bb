// Names for the ids in events, from the facets: people and keys by name, servers by name and slug.
import type { AuditEventView } from "@/lib/audit/event-view";
import type { AuditFacets } from "@/lib/audit/search/get-audit-facets";

/** What a personal field reads as once its subject's key is destroyed (lib/privacy/personal-cipher). */
export const ERASED_TEXT = "[erased]";

/** The facets by id, for naming many rows. */
export type FacetIndex = {
  users: Map<string, AuditFacets["users"][number]>;
  apiKeys: Map<string, AuditFacets["apiKeys"][number]>;
  servers: Map<string, AuditFacets["servers"][number]>;
};

export function indexFacets(facets: AuditFacets | undefined): FacetIndex {
  return {
    users: new Map(facets?.users.map((u) => [u.id, u])),
    apiKeys: new Map(facets?.apiKeys.map((k) => [k.id, k])),
    servers: new Map(facets?.servers.map((s) => [s.id, s])),
  };
}

export type ActorName = { name: string; kind: string; isErased: boolean };

const KIND: Record<string, string> = {
  user: "User",
  api_key: "API key",
  system: "System",
  anonymous: "Not signed in",
};

/**
 * The actor as people know them. For people the event's own label comes first (their address as
 * recorded, or erased: the current user list must not undo an erasure); keys go by their current
 * name, since keys get renamed and their labels are not personal.
 */
export function actorNameOf(actor: AuditEventView["actor"], index: FacetIndex): ActorName {
  const kind = KIND[actor.type] ?? actor.type;
  if (actor.label === ERASED_TEXT) return { name: "Erased", kind, isErased: true };
  const key = actor.type === "api_key" && actor.id ? index.apiKeys.get(actor.id) : undefined;
  if (key) return { name: `${key.name} (${key.prefix})`, kind, isErased: false };
  if (actor.label) return { name: actor.label, kind, isErased: false };
  const user = actor.type === "user" && actor.id ? index.users.get(actor.id) : undefined;
  if (user) return { name: user.email, kind, isErased: false };
  if (actor.type === "system") return { name: "Gatehouse", kind, isErased: false };
  return { name: actor.id ?? "Unknown", kind, isErased: false };
}

export type ServerName = { name: string; slug: string | null };

/** A server by name; a deleted server by its id. */
export function serverNameOf(serverId: string, index: FacetIndex): ServerName {
  const server = index.servers.get(serverId);
  return server ? { name: server.name, slug: server.slug } : { name: serverId, slug: null };
}

/** A target that is the id of a user, key or server, by name; null for any other target (a tool path, a role name). */
export function targetNameOf(target: string, index: FacetIndex): string | null {
  const user = index.users.get(target);
  if (user) return user.email;
  const key = index.apiKeys.get(target);
  if (key) return `${key.name} (${key.prefix})`;
  const server = index.servers.get(target);
  return server ? server.name : null;
}
