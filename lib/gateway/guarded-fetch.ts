import "server-only";
import type { FetchLike } from "@modelcontextprotocol/sdk/shared/transport.js";
import { checkUpstreamAddress } from "@/lib/gateway/check-upstream-address";

/**
 * A fetch for upstream MCP servers that checks the address of every request first
 * (checkUpstreamAddress). Redirects are never followed by fetch itself: the SDK follows them
 * (within the origin) by calling this fetch again, so each hop is checked.
 */
export function guardedFetch(inner: FetchLike): FetchLike {
  return async (url, init) => {
    await checkUpstreamAddress(new URL(url));
    return inner(url, { ...init, redirect: "manual" });
  };
}
