// Requests as scripts/server.mjs hands them to Next.js: the socket peer in a private header whose
// name the server publishes on globalThis (lib/api/request-meta.ts). Tests publish their own name.
import { getAuthOptions } from "@/lib/auth/auth-options";

export const PEER_HEADER = "x-test-socket-peer";

/** From now on in this test file, requests are read as if served through scripts/server.mjs. */
export function serveThroughServer(): void {
  Object.assign(globalThis, { gatehouseSocketPeerHeader: PEER_HEADER });
}

/**
 * The headers of a request whose TCP peer is `peer`, plus whatever the client sent, as a route
 * handler sees them: Next.js sets X-Forwarded-For to the peer when the client sent none.
 */
export function fromPeer(peer: string, headers: Record<string, string> = {}): Record<string, string> {
  return { "x-forwarded-for": peer, ...headers, [PEER_HEADER]: peer };
}

type Authorize = (
  credentials: Record<string, string>,
  req: { headers: Record<string, string> },
) => Promise<{ id: string } | null>;

/** next-auth's credentials authorize(), as POST /api/auth/callback/credentials runs it. */
export async function signInAs(
  email: string,
  password: string,
  headers: Record<string, string>,
): Promise<"ok" | string> {
  const provider = getAuthOptions().providers.find((p) => p.id === "credentials");
  const authorize: Authorize | undefined =
    provider && "options" in provider ? (provider.options as { authorize?: Authorize }).authorize : undefined;
  if (!authorize) throw new Error("no credentials provider");
  try {
    return (await authorize({ email, password }, { headers })) ? "ok" : "null";
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
